package app.skillcurrent.core.exam;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ExamAttemptRepository extends GenericRepository<ExamAttempt, Long> {

    ExamAttempt save(ExamAttempt attempt);

    Optional<ExamAttempt> findById(long id);

    @Query("SELECT * FROM exam_attempts WHERE user_id = :userId AND course_revision_id = :revisionId ORDER BY attempt_number")
    List<ExamAttempt> of(long userId, long revisionId);

    @Query("""
            SELECT DISTINCT user_id, course_revision_id FROM exam_attempts
            WHERE user_id IN (:userIds) AND course_revision_id IN (:revisionIds) AND passed""")
    List<Passed> passed(Collection<Long> userIds, Collection<Long> revisionIds);

    @Introspected
    record Passed(long userId, long courseRevisionId) {
    }

    @Query("SELECT * FROM exam_attempts WHERE user_id = :userId AND course_id = :courseId ORDER BY started_at")
    List<ExamAttempt> ofCourse(long userId, long courseId);

    /** Records the result once: a second submission of the same attempt matches no row. */
    @Query("""
            UPDATE exam_attempts SET answers_json = :answersJson, score_percent = :score, passed = :passed, submitted_at = :at
            WHERE id = :id AND submitted_at IS NULL""")
    int submit(long id, String answersJson, int score, boolean passed, Instant at);

    /** A certificate for exactly this version, e.g. from a renewal, means its exam need not be sat again. */
    @Query("SELECT COUNT(*) > 0 FROM certificates WHERE user_id = :userId AND course_revision_id = :revisionId")
    boolean certified(long userId, long revisionId);
}
