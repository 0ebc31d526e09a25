package app.skillcurrent.core.assignment;

import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.core.progress.LessonState;
import app.skillcurrent.core.progress.Progress;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges where people stand with assigned work. A course counts as completed when every lesson of the pinned
 * version is complete and the exam passed, or when the person holds a certificate for it; a track when all
 * its courses are. Everyone's enrolments, lesson progress and exam results are read together, so a report on
 * a whole team makes the same few queries however many people it covers.
 */
@Singleton
public class Standings {

    private final Enrolments enrolments;
    private final Progress progress;
    private final Exams exams;
    private final Certificates certificates;
    private final Assignments assignments;

    Standings(Enrolments enrolments, Progress progress, Exams exams, Certificates certificates, Assignments assignments) {
        this.enrolments = enrolments;
        this.progress = progress;
        this.exams = exams;
        this.certificates = certificates;
        this.assignments = assignments;
    }

    /** One person's standing with the work that reaches them, in the order given. */
    public List<MemberAssignment> of(long userId, List<AssignmentRow> work, LocalDate today) {
        if (work.isEmpty()) {
            return List.of();
        }
        return ofEach(Map.of(userId, work),
                assigned -> Map.of(userId, certificates.newestFor(userId, assigned.get(userId))), today).get(userId);
    }

    /**
     * Each person's standing with their work (person, then their assignments in the order given).
     * {@code newestCertificates} is given the courses assigned to each person and answers with the newest
     * certificate each holds for them, if any (person, then course address): a certificate settles the course,
     * so their lessons in it are not read.
     */
    public Map<Long, List<MemberAssignment>> ofEach(
            Map<Long, List<AssignmentRow>> workOf,
            Function<Map<Long, Set<String>>, Map<Long, Map<String, CertificateView>>> newestCertificates,
            LocalDate today) {
        Map<Long, List<Choice>> coursesOf = new HashMap<>();
        Map<Long, Set<String>> assigned = new HashMap<>();
        workOf.forEach((userId, work) -> work.forEach(assignment -> coursesOf
                .computeIfAbsent(assignment.id(), id -> assignments.coursesOf(assignment))
                .forEach(course -> assigned.computeIfAbsent(userId, k -> new HashSet<>()).add(course.slug()))));
        Map<Long, Map<String, CertificateView>> certified = newestCertificates.apply(assigned);
        Set<Long> learning = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        assigned.forEach((userId, courses) -> courses.stream()
                .filter(slug -> !certified.getOrDefault(userId, Map.of()).containsKey(slug))
                .forEach(slug -> {
                    learning.add(userId);
                    slugs.add(slug);
                }));
        Lessons lessons = lessons(learning, slugs);
        Map<Long, List<MemberAssignment>> standings = new HashMap<>();
        workOf.forEach((userId, work) -> standings.put(userId, work.stream()
                .map(assignment -> of(assignment, coursesOf.get(assignment.id()).stream()
                        .map(c -> course(c, assignment.dueOn(), today, certified.getOrDefault(userId, Map.of()).get(c.slug()),
                                lessons.progress(userId, c.slug())))
                        .toList(), today))
                .toList()));
        return standings;
    }

    /** Where the learning people are in the lessons and exams of the courses they follow: three queries. */
    private Lessons lessons(Set<Long> userIds, Set<String> slugs) {
        Map<Long, Map<String, LearnerCourse>> followed = enrolments.followedBy(userIds, slugs);
        Map<Long, Map<String, Map<Long, LessonState>>> states = progress.states(followed);
        Set<Long> pinned = new HashSet<>();
        followed.values().forEach(courses -> courses.values().forEach(c -> pinned.add(c.pinned().id())));
        Map<Long, Set<Long>> passed = exams.passedBy(followed.keySet(), pinned);
        return new Lessons(followed, states, passed);
    }

    private record Lessons(Map<Long, Map<String, LearnerCourse>> followed,
                           Map<Long, Map<String, Map<Long, LessonState>>> states, Map<Long, Set<Long>> passed) {

        /** The person's progress in the course; empty when they have not enrolled (or it is not published). */
        Optional<Following> progress(long userId, String slug) {
            LearnerCourse course = followed.getOrDefault(userId, Map.of()).get(slug);
            if (course == null) {
                return Optional.empty();
            }
            boolean examPassed = passed.getOrDefault(userId, Set.of()).contains(course.pinned().id());
            return Optional.of(new Following(LearnerDashboard.progressOf(course, states.get(userId).get(slug), examPassed),
                    course.enrolment().lastLessonId() != null));
        }
    }

    /** Progress in a followed course, and whether the learner has opened any of its lessons. */
    private record Following(LearnerDashboard.CourseProgress progress, boolean visited) {
    }

    private static MemberAssignment of(AssignmentRow assignment, List<CourseStanding> courses, LocalDate today) {
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

    private static CourseStanding course(Choice course, @Nullable LocalDate dueOn, LocalDate today,
                                         @Nullable CertificateView certificate, Optional<Following> following) {
        if (certificate != null) {
            // the certificate settles it, whatever the lessons say
            return new CourseStanding(course.slug(), course.title(), AssignmentStatus.COMPLETED, 100, certificate);
        }
        int percent = following.map(f -> f.progress().percent()).orElse(0);
        if (following.isPresent() && following.get().progress().completed()) {
            return new CourseStanding(course.slug(), course.title(), AssignmentStatus.COMPLETED, percent, null);
        }
        boolean started = following.isPresent() && (following.get().progress().complete() > 0 || following.get().visited());
        AssignmentStatus status = isPast(dueOn, today) ? AssignmentStatus.OVERDUE
                : started ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.NOT_STARTED;
        return new CourseStanding(course.slug(), course.title(), status, percent, null);
    }

    private static boolean isPast(@Nullable LocalDate dueOn, LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }
}
