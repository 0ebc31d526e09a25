package app.skillcurrent.web.learn;

import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.AssignmentRow;
import app.skillcurrent.core.assignment.MemberAssignment;
import app.skillcurrent.core.assignment.Standings;
import app.skillcurrent.core.organisation.BudgetPeriod;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.web.view.Durations;
import app.skillcurrent.web.security.SignedIn;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * What employers put on a learner's dashboard: invitations waiting for them, work assigned to them (shown
 * first, soonest due first) and the learning time each organisation set aside for them.
 */
@Singleton
class EmployerWork {

    /** An invitation to an organisation, accepted from the dashboard. */
    record Invitation(String publicId, String organisation) {
    }

    /**
     * A course or track assigned to the learner.
     *
     * @param due       the due date (ISO), null for none
     * @param status    an {@code AssignmentStatus} name, for styling
     * @param statusKey the message key of that status
     */
    record Assigned(String title, boolean track, String href, @Nullable String due, String status, String statusKey,
                    int percent) {
    }

    /**
     * An organisation's learning-time budget for the learner, as durations people read ("2 h 10 min").
     *
     * @param over   how far over budget, null while within it
     * @param weekly a weekly budget, else a monthly one
     */
    record Budget(String organisation, String left, String allocated, @Nullable String over, boolean weekly) {
    }

    record Shown(List<Invitation> invitations, List<Assigned> assigned, List<Budget> budgets) {
    }

    private final Invitations invitations;
    private final Assignments assignments;
    private final Standings standings;
    private final Budgets budgets;

    EmployerWork(Invitations invitations, Assignments assignments, Standings standings, Budgets budgets) {
        this.invitations = invitations;
        this.assignments = assignments;
        this.standings = standings;
        this.budgets = budgets;
    }

    Shown of(SignedIn me) {
        return new Shown(
                invitations.openTo(me.account()).stream()
                        .map(i -> new Invitation(i.invitation().publicId(), i.organisationName())).toList(),
                standings.of(me.id(), assignments.reaching(me.id()), budgets.today()).stream()
                        .map(EmployerWork::assigned).toList(),
                budgets.of(me.id()).stream().map(b -> new Budget(b.organisationName(),
                        Durations.hoursMinutes(b.usage().leftSeconds()), Durations.hoursMinutes(b.usage().allocatedSeconds()),
                        b.usage().overSeconds() > 0 ? Durations.hoursMinutes(b.usage().overSeconds()) : null,
                        b.usage().budget().period() == BudgetPeriod.WEEK)).toList());
    }

    private static Assigned assigned(MemberAssignment work) {
        AssignmentRow assignment = work.assignment();
        return new Assigned(assignment.title(), assignment.isTrack(),
                assignment.isTrack() ? "/tracks/" + assignment.trackSlug() : "/courses/" + assignment.courseSlug(),
                assignment.dueOn() == null ? null : assignment.dueOn().toString(),
                work.status().name(), "assignment.status." + work.status().name(), work.percent());
    }
}
