package app.skillcurrent.content.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Courses extends CrudRepository<Course, Long> {
        Optional<Course> findBySlug(String slug);

        boolean existsBySlug(String slug);

        @Query("SELECT * FROM courses WHERE id = :id FOR UPDATE")
        Optional<Course> lock(long id);

        @Query("SELECT * FROM courses ORDER BY title")
        List<Course> allByTitle();

        @Query("SELECT c.* FROM courses c JOIN course_instructors ci ON ci.course_id = c.id WHERE ci.user_id = :userId ORDER BY c.title")
        List<Course> taughtBy(long userId);

        @Query("SELECT COUNT(*) FROM course_instructors WHERE course_id = :courseId AND user_id = :userId")
        int instructorRows(long courseId, long userId);

        @Query("INSERT IGNORE INTO course_instructors (course_id, user_id) VALUES (:courseId, :userId)")
        void addInstructor(long courseId, long userId);

        @Query("SELECT topic_id FROM course_topics WHERE course_id = :courseId")
        List<Long> topicIds(long courseId);

        @Query("DELETE FROM course_topics WHERE course_id = :courseId")
        void clearTopics(long courseId);

        @Query("INSERT INTO course_topics (course_id, topic_id) VALUES (:courseId, :topicId)")
        void addTopic(long courseId, long topicId);

        @Query("UPDATE courses SET current_revision_id = :revisionId, updated_at = :at WHERE id = :courseId")
        void setCurrentRevision(long courseId, long revisionId, Instant at);

        /** Optimistic update: changes nothing (returns 0) when someone saved since {@code expectedVersion}. */
        @Query("""
                UPDATE courses SET slug = :slug, title = :title, summary = :summary, level = :level, language = :language,
                  exam_pass_mark = :passMark, exam_question_count = :questionCount, exam_attempts = :attempts,
                  renewal_window_days = :renewalDays, certificate_valid_months = :validMonths,
                  draft_version = draft_version + 1, updated_at = :at
                WHERE id = :id AND draft_version = :expectedVersion""")
        int updateSettings(long id, String slug, String title, String summary, String level, String language,
                           int passMark, int questionCount, int attempts, int renewalDays, @Nullable Integer validMonths,
                           Instant at, int expectedVersion);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Lessons extends CrudRepository<LessonDraft, Long> {
        @Query("SELECT * FROM lessons WHERE course_id = :courseId AND position IS NOT NULL ORDER BY position")
        List<LessonDraft> inDraft(long courseId);

        @Query("SELECT COALESCE(MAX(position), 0) FROM lessons WHERE course_id = :courseId")
        int maxPosition(long courseId);

        @Query("UPDATE lessons SET position = :position WHERE id = :id")
        void setPosition(long id, @Nullable Integer position);

        /** Optimistic update: changes nothing (returns 0) when someone saved since {@code expectedVersion}. */
        @Query("""
                UPDATE lessons SET title = :title, body = :body, minutes = :minutes, tasks_json = :tasksJson,
                  quiz_json = :quizJson, topics_json = :topicsJson, draft_version = draft_version + 1,
                  updated_by = :by, updated_at = :at
                WHERE id = :id AND draft_version = :expectedVersion""")
        int updateDraft(long id, String title, String body, int minutes, String tasksJson, String quizJson,
                        String topicsJson, long by, Instant at, int expectedVersion);
    }
}
