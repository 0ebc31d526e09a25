package app.skillcurrent.core.enrolment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Enrolments; content's courses and versions through its views published_courses and course_versions (ADR 0011). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EnrolmentRepository extends GenericRepository<Enrolment, Long> {

    Optional<Enrolment> findByUserIdAndCourseId(long userId, long courseId);

    /**
     * The published course's current revision and this learner's enrolment in it, in one round trip (the
     * lesson page asks for both on every request). Empty for unknown or unpublished courses.
     */
    @Query("""
            SELECT c.course_id, c.revision_id AS current_revision_id, e.id AS enrolment_id, e.course_revision_id,
                   e.last_lesson_id, e.enrolled_at, e.updated_at
            FROM published_courses c LEFT JOIN enrolments e ON e.course_id = c.course_id AND e.user_id = :userId
            WHERE c.slug = :slug""")
    Optional<CurrentAndEnrolment> currentAndEnrolment(String slug, long userId);

    @Introspected
    record CurrentAndEnrolment(long courseId, long currentRevisionId, @Nullable Long enrolmentId,
                               @Nullable Long courseRevisionId, @Nullable Long lastLessonId,
                               @Nullable Instant enrolledAt, @Nullable Instant updatedAt) {

        Optional<Enrolment> enrolment(long userId) {
            return enrolmentId == null ? Optional.empty() : Optional.of(new Enrolment(enrolmentId, userId, courseId,
                    courseRevisionId, lastLessonId, enrolledAt, updatedAt));
        }
    }

    /** These learners' enrolments in the published courses at these addresses, with each course's current revision. */
    @Query("""
            SELECT c.slug, c.revision_id AS current_revision_id, e.id, e.user_id, e.course_id, e.course_revision_id,
                   e.last_lesson_id, e.enrolled_at, e.updated_at
            FROM enrolments e JOIN published_courses c ON c.course_id = e.course_id
            WHERE e.user_id IN (:userIds) AND c.slug IN (:slugs)""")
    List<Followed> followedBy(Collection<Long> userIds, Collection<String> slugs);

    @Introspected
    record Followed(String slug, long currentRevisionId, long id, long userId, long courseId, long courseRevisionId,
                    @Nullable Long lastLessonId, Instant enrolledAt, Instant updatedAt) {

        Enrolment enrolment() {
            return new Enrolment(id, userId, courseId, courseRevisionId, lastLessonId, enrolledAt, updatedAt);
        }
    }

    @Query("SELECT * FROM enrolments WHERE user_id = :userId ORDER BY updated_at DESC")
    List<Enrolment> ofLearner(long userId);

    /** Idempotent: a second click or a second tab finds the row already there and changes nothing. */
    @Query("""
            INSERT IGNORE INTO enrolments (user_id, course_id, course_revision_id, enrolled_at, updated_at)
            VALUES (:userId, :courseId, :revisionId, :at, :at)""")
    void insertIfAbsent(long userId, long courseId, long revisionId, Instant at);

    @Query("UPDATE enrolments SET course_revision_id = :revisionId, updated_at = :at WHERE id = :id")
    void pin(long id, long revisionId, Instant at);

    @Query("UPDATE enrolments SET last_lesson_id = :lessonId, updated_at = :at WHERE id = :id")
    void resumeAt(long id, @Nullable Long lessonId, Instant at);

    /** Moves everyone on an older revision of the same major version to the new minor revision. */
    @Query("""
            UPDATE enrolments e JOIN course_versions pinned ON pinned.revision_id = e.course_revision_id
            SET e.course_revision_id = :revisionId, e.updated_at = :at
            WHERE e.course_id = :courseId AND pinned.major = :major AND e.course_revision_id <> :revisionId""")
    int advanceWithinMajor(long courseId, int major, long revisionId, Instant at);
}
