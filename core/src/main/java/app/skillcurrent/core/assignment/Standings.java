package app.skillcurrent.core.assignment;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.enrolment.NotEnrolledException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Judges where a person stands with assigned work. A course counts as completed when every lesson of the
 * pinned version is complete and the exam passed, or when the person holds a certificate for it; a track
 * when all its courses are.
 */
@Singleton
public class Standings {

    private final Enrolments enrolments;
    private final LearnerDashboard dashboard;
    private final Certificates certificates;
    private final Assignments assignments;

    Standings(Enrolments enrolments, LearnerDashboard dashboard, Certificates certificates, Assignments assignments) {
        this.enrolments = enrolments;
        this.dashboard = dashboard;
        this.certificates = certificates;
        this.assignments = assignments;
    }

    public MemberAssignment of(long userId, AssignmentRow assignment, LocalDate today) {
        List<CourseStanding> courses = assignments.coursesOf(assignment).stream()
                .map(c -> course(userId, c.slug(), c.title(), assignment.dueOn(), today))
                .toList();
        int percent = courses.isEmpty() ? 0 : (int) Math.round(courses.stream().mapToInt(CourseStanding::percent).average().orElse(0));
        AssignmentStatus status;
        if (!courses.isEmpty() && courses.stream().allMatch(c -> c.status() == AssignmentStatus.COMPLETED)) {
            status = AssignmentStatus.COMPLETED;
        } else if (isPast(assignment.dueOn(), today)) {
            status = AssignmentStatus.OVERDUE;
        } else if (courses.stream().anyMatch(CourseStanding::started)) {
            status = AssignmentStatus.IN_PROGRESS;
        } else {
            status = AssignmentStatus.NOT_STARTED;
        }
        return new MemberAssignment(assignment, status, percent, courses);
    }

    public CourseStanding course(long userId, String slug, String title, @Nullable LocalDate dueOn, LocalDate today) {
        CertificateView certificate = certificates.latest(userId, slug).orElse(null);
        if (certificate != null) {
            // the certificate settles it: no need to read where the learner stands in the lessons
            return new CourseStanding(slug, title, AssignmentStatus.COMPLETED, 100, certificate);
        }
        int percent = 0;
        boolean completed = false;
        boolean started = false;
        Optional<LearnerCourse> enrolled = enrolled(userId, slug);
        if (enrolled.isPresent()) {
            LearnerDashboard.CourseProgress progress = dashboard.progressOf(userId, enrolled.get());
            percent = progress.percent();
            completed = progress.completed();
            started = progress.complete() > 0 || enrolled.get().enrolment().lastLessonId() != null;
        }
        if (completed) {
            return new CourseStanding(slug, title, AssignmentStatus.COMPLETED, percent, null);
        }
        AssignmentStatus status = isPast(dueOn, today) ? AssignmentStatus.OVERDUE
                : started ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.NOT_STARTED;
        return new CourseStanding(slug, title, status, percent, null);
    }

    /** The course as the learner follows it; empty when they have not enrolled (or it is not published). */
    private Optional<LearnerCourse> enrolled(long userId, String slug) {
        try {
            return Optional.of(enrolments.open(userId, slug));
        } catch (NotEnrolledException | NotFoundException notFollowing) {
            return Optional.empty();
        }
    }

    private static boolean isPast(@Nullable LocalDate dueOn, LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }
}
