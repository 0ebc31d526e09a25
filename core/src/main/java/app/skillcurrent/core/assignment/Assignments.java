package app.skillcurrent.core.assignment;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationLock;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Courses and tracks an organisation's admins assign to a member or a team, with an optional due date.
 * The same thing assigned twice to the same assignee is refused, double clicks included (unique key).
 */
@Singleton
public class Assignments {

    /** What can be assigned, for the form: published courses and tracks. */
    public record Choices(List<Choice> courses, List<Choice> tracks) {
    }

    private static final int MAX_YEARS_AHEAD = 5;

    private final AssignmentRepository assignments;
    private final Members members;
    private final Teams teams;
    private final OrganisationLock lock;
    private final Clock clock;

    Assignments(AssignmentRepository assignments, Members members, Teams teams, OrganisationLock lock, Clock clock) {
        this.assignments = assignments;
        this.members = members;
        this.teams = teams;
        this.lock = lock;
        this.clock = clock;
    }

    public List<AssignmentRow> of(Organisation organisation) {
        return assignments.ofOrganisation(organisation.id());
    }

    /** Everything assigned to this person by any of their organisations, soonest due first. */
    public List<AssignmentRow> reaching(long userId) {
        return assignments.reaching(userId);
    }

    public Choices choices() {
        return new Choices(assignments.courseChoices(), assignments.trackChoices());
    }

    /**
     * Assigns a course or a track to a member or a team ({@link NewAssignment} says how they are named).
     * Serialised with removing members and deleting teams (ADR 0008), so nothing is assigned to someone or a
     * team that is going at that moment.
     */
    @Transactional
    public void assign(Organisation organisation, long adminId, @Valid NewAssignment assignment) {
        String what = assignment.what();
        String whom = assignment.whom();
        LocalDate dueOn = assignment.dueDate();
        Long courseId = null;
        Long trackId = null;
        if (what.startsWith("course:")) {
            courseId = assignments.publishedCourse(what.substring(7))
                    .orElseThrow(() -> new FieldRejectedException("what", "error.assignment.whatUnknown")).id();
        } else {
            trackId = assignments.track(what.substring(6))
                    .orElseThrow(() -> new FieldRejectedException("what", "error.assignment.whatUnknown")).id();
        }
        Long teamId = null;
        Long userId = null;
        lock.hold(organisation);
        try {
            if (whom.startsWith("member:")) {
                Member member = members.find(organisation, whom.substring(7));
                userId = member.userId();
            } else {
                teamId = teams.find(organisation, whom.substring(5)).id();
            }
        } catch (NotFoundException unknown) {
            throw new FieldRejectedException("whom", "error.assignment.whomUnknown");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (dueOn != null && (dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            throw new FieldRejectedException("dueOn", "error.assignment.dueRange");
        }
        String targetKey = (courseId != null ? "course:" + courseId : "track:" + trackId)
                + "/" + (userId != null ? "member:" + userId : "team:" + teamId);
        int inserted = assignments.insert(PublicIds.next(), organisation.id(), courseId, trackId, teamId, userId,
                targetKey, dueOn, adminId, Times.now(clock));
        if (inserted == 0) {
            throw new FieldRejectedException("what", "error.assignment.duplicate");
        }
    }

    @Transactional
    public void delete(Organisation organisation, String assignmentPublicId) {
        if (assignments.delete(organisation.id(), assignmentPublicId) == 0) {
            throw new NotFoundException("assignment " + assignmentPublicId);
        }
    }

    /** The courses an assignment stands for: the course itself, or the track's published courses in order. */
    public List<Choice> coursesOf(AssignmentRow assignment) {
        return assignment.isTrack() ? assignments.trackCourses(assignment.trackId())
                : List.of(new Choice(assignment.courseSlug(), assignment.courseTitle()));
    }
}
