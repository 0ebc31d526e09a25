package app.skillcurrent.core.progress;

import app.skillcurrent.core.enrolment.Enrolment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Progress writes are upserts on natural keys, so repeats (double clicks, two tabs) never add rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgressRepository extends GenericRepository<Enrolment, Long> {

    @Query("SELECT user_id, lesson_id, lesson_revision_id FROM lesson_progress WHERE user_id IN (:userIds) AND lesson_id IN (:lessonIds)")
    List<ProgressRows.CompletedBy> completedBy(Collection<Long> userIds, Collection<Long> lessonIds);

    @Query("""
            INSERT INTO lesson_progress (user_id, lesson_id, lesson_revision_id, completed_at)
            VALUES (:userId, :lessonId, :revisionId, :at)
            ON DUPLICATE KEY UPDATE completed_at = IF(lesson_revision_id = VALUES(lesson_revision_id), completed_at, VALUES(completed_at)),
                                    lesson_revision_id = VALUES(lesson_revision_id)""")
    void complete(long userId, long lessonId, long revisionId, Instant at);

    /**
     * Which of {@code lessonIds} the learner completed (and at which revision), plus the saved tasks and quiz
     * answers of {@code lessonId}: everything a lesson needs in one round trip instead of three.
     */
    @Query("""
            SELECT 'COMPLETED' AS kind, lesson_id, lesson_revision_id, 0 AS task_index, NULL AS question_key, 0 AS flag,
                   NULL AS text
            FROM lesson_progress WHERE user_id = :userId AND lesson_id IN (:lessonIds)
            UNION ALL
            SELECT 'TASK', lesson_id, lesson_revision_id, task_index, NULL, done, reflection
            FROM task_progress WHERE user_id = :userId AND lesson_id = :lessonId
            UNION ALL
            SELECT 'ANSWER', lesson_id, lesson_revision_id, 0, question_key, correct, chosen
            FROM quiz_answers WHERE user_id = :userId AND lesson_id = :lessonId""")
    List<ProgressRows.Saved> saved(long userId, Collection<Long> lessonIds, long lessonId);

    /** What the learner wrote goes; whether the task was done stays, as the lesson's progress depends on it. */
    @Query("UPDATE task_progress SET reflection = NULL WHERE user_id = :userId AND reflection IS NOT NULL")
    void eraseReflections(long userId);

    @Query("""
            INSERT INTO task_progress (user_id, lesson_id, task_index, lesson_revision_id, done, reflection, updated_at)
            VALUES (:userId, :lessonId, :taskIndex, :revisionId, :done, :reflection, :at)
            ON DUPLICATE KEY UPDATE lesson_revision_id = VALUES(lesson_revision_id), done = VALUES(done),
                                    reflection = VALUES(reflection), updated_at = VALUES(updated_at)""")
    void saveTask(long userId, long lessonId, int taskIndex, long revisionId, boolean done, @Nullable String reflection, Instant at);

    @Query("""
            INSERT INTO quiz_answers (user_id, lesson_id, question_key, lesson_revision_id, chosen, correct, answered_at)
            VALUES (:userId, :lessonId, :questionKey, :revisionId, :chosen, :correct, :at)
            ON DUPLICATE KEY UPDATE lesson_revision_id = VALUES(lesson_revision_id), chosen = VALUES(chosen),
                                    correct = VALUES(correct), answered_at = VALUES(answered_at)""")
    void saveAnswer(long userId, long lessonId, String questionKey, long revisionId, String chosen, boolean correct, Instant at);
}
