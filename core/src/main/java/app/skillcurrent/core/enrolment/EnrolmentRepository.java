package app.skillcurrent.core.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EnrolmentRepository extends GenericRepository<Enrolment, Long> {

    Optional<Enrolment> findByUserIdAndCourseId(long userId, long courseId);

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
            UPDATE enrolments e JOIN course_revisions pinned ON pinned.id = e.course_revision_id
            SET e.course_revision_id = :revisionId, e.updated_at = :at
            WHERE e.course_id = :courseId AND pinned.major = :major AND e.course_revision_id <> :revisionId""")
    int advanceWithinMajor(long courseId, int major, long revisionId, Instant at);
}
