package app.skillcurrent.core.enrolment;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.CoursePublished;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.support.Times;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Enrolment pins a learner to the course revision current at that moment. A new minor revision moves
 * learners forward on its own (nothing a certificate proves changed); after a major one they keep their
 * version until they choose to move on, and see what changed.
 */
@Singleton
public class Enrolments {

    private final EnrolmentRepository enrolments;
    private final Revisions revisions;
    private final Clock clock;

    Enrolments(EnrolmentRepository enrolments, Revisions revisions, Clock clock) {
        this.enrolments = enrolments;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Enrols the learner, or returns the existing enrolment: repeating it never makes a second one. */
    @Transactional
    public Enrolment enrol(long userId, String courseSlug) {
        CourseRevision current = revisions.currentRevision(courseSlug).orElseThrow(() -> new NotFoundException("course " + courseSlug));
        enrolments.insertIfAbsent(userId, current.courseId(), current.id(), Times.now(clock));
        return enrolments.findByUserIdAndCourseId(userId, current.courseId()).orElseThrow();
    }

    public Optional<Enrolment> find(long userId, String courseSlug) {
        return revisions.currentRevision(courseSlug).flatMap(c -> enrolments.findByUserIdAndCourseId(userId, c.courseId()));
    }

    public List<Enrolment> ofLearner(long userId) {
        return enrolments.ofLearner(userId);
    }

    /**
     * The course as this learner follows it.
     *
     * @throws NotFoundException     when no published course has that address
     * @throws NotEnrolledException  when the learner has not enrolled
     */
    public LearnerCourse open(long userId, String courseSlug) {
        EnrolmentRepository.CurrentAndEnrolment found = enrolments.currentAndEnrolment(courseSlug, userId)
                .orElseThrow(() -> new NotFoundException("course " + courseSlug));
        Enrolment enrolment = found.enrolment(userId).orElseThrow(() -> new NotEnrolledException(courseSlug));
        return follow(courseSlug, enrolment, found.currentRevisionId());
    }

    /**
     * The course as this learner follows it, from an enrolment already read and the course's current revision
     * (published revisions come from memory, so this reads nothing from the database on its own).
     */
    public LearnerCourse follow(String courseSlug, Enrolment enrolment, long currentRevisionId) {
        CourseRevision current = revisions.courseRevision(currentRevisionId)
                .orElseThrow(() -> new NotFoundException("course " + courseSlug));
        CourseRevision pinned = enrolment.courseRevisionId() == current.id() ? current
                : revisions.courseRevision(enrolment.courseRevisionId()).orElseThrow();
        Map<Long, LessonRevision> lessons = revisions.lessonRevisions(Stream.concat(pinned.lessons().stream(), current.lessons().stream())
                .map(CourseRevision.Entry::lessonRevisionId).distinct().toList());
        return new LearnerCourse(courseSlug, enrolment, pinned, current, lessons);
    }

    /**
     * The published courses at these addresses as each of these learners follows them (learner, then address),
     * read with one query. Courses a learner has not enrolled in are absent.
     */
    public Map<Long, Map<String, LearnerCourse>> followedBy(Collection<Long> userIds, Collection<String> slugs) {
        Map<Long, Map<String, LearnerCourse>> followed = new HashMap<>();
        if (userIds.isEmpty() || slugs.isEmpty()) {
            return followed;
        }
        for (EnrolmentRepository.Followed row : enrolments.followedBy(userIds, slugs)) {
            followed.computeIfAbsent(row.userId(), k -> new HashMap<>())
                    .put(row.slug(), follow(row.slug(), row.enrolment(), row.currentRevisionId()));
        }
        return followed;
    }

    /** Moves the learner to the course's current version (after a major update, when they are ready). */
    @Transactional
    public void moveToCurrent(long userId, String courseSlug) {
        LearnerCourse course = open(userId, courseSlug);
        enrolments.pin(course.enrolment().id(), course.current().id(), Times.now(clock));
    }

    /**
     * After a renewal for the version {@code revision}: a learner still enrolled on an older version follows
     * the renewed one from now on. Nothing happens without an enrolment or when it is already there.
     */
    public void followRenewal(long userId, CourseRevision revision) {
        enrolments.findByUserIdAndCourseId(userId, revision.courseId())
                .filter(e -> e.courseRevisionId() != revision.id())
                .ifPresent(e -> enrolments.pin(e.id(), revision.id(), Times.now(clock)));
    }

    /** Remembers where the learner was, so they can resume there. */
    public void visited(LearnerCourse course, long lessonId) {
        if (!Long.valueOf(lessonId).equals(course.enrolment().lastLessonId())) {
            enrolments.resumeAt(course.enrolment().id(), lessonId, Times.now(clock));
        }
    }

    @EventListener
    void onPublished(CoursePublished published) {
        if (published.severity() == Severity.MINOR) {
            enrolments.advanceWithinMajor(published.courseId(), published.version().major(),
                    published.courseRevisionId(), Times.now(clock));
        }
    }
}
