package app.skillcurrent.content.revision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Insert-and-read access to published revisions: there is deliberately no update or delete. */
final class RevisionRepositories {

    private RevisionRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface LessonRevisions extends GenericRepository<Rows.LessonRevisionRow, Long> {
        Rows.LessonRevisionRow save(Rows.LessonRevisionRow row);

        List<Rows.LessonRevisionRow> findByIdIn(Collection<Long> ids);

        List<Rows.LessonRevisionRow> findByLessonIdOrderByNumberDesc(long lessonId);

        Optional<Rows.LessonRevisionRow> findFirstByLessonIdOrderByNumberDesc(long lessonId);

        @Query("SELECT COALESCE(MAX(number), 0) FROM lesson_revisions WHERE lesson_id = :lessonId")
        int maxNumber(long lessonId);

        @Query("INSERT INTO lesson_revision_topics (lesson_revision_id, topic_id, reviewed_at, reviewed_by) VALUES (:revisionId, :topicId, :reviewedAt, :reviewedBy)")
        void addTopic(long revisionId, long topicId, Instant reviewedAt, long reviewedBy);

        @Query("SELECT lesson_revision_id AS revision_id, topic_id FROM lesson_revision_topics WHERE lesson_revision_id IN (:revisionIds)")
        List<Rows.TopicRow> topicsOf(Collection<Long> revisionIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface CourseRevisions extends GenericRepository<Rows.CourseRevisionRow, Long> {
        Rows.CourseRevisionRow save(Rows.CourseRevisionRow row);

        Optional<Rows.CourseRevisionRow> findByCourseIdAndMajorAndMinor(long courseId, int major, int minor);

        @Query("SELECT * FROM course_revisions WHERE course_id = :courseId ORDER BY major DESC, minor DESC")
        List<Rows.CourseRevisionRow> newestFirst(long courseId);

        @Query("SELECT current_revision_id FROM courses WHERE slug = :slug AND current_revision_id IS NOT NULL")
        List<Long> currentRevisionId(String slug);

        List<Rows.CourseRevisionRow> findByIdIn(Collection<Long> ids);

        @Query("SELECT id AS course_id, slug, current_revision_id FROM courses WHERE id IN (:courseIds) AND current_revision_id IS NOT NULL")
        List<Revisions.PublishedCourse> published(Collection<Long> courseIds);

        @Query("INSERT INTO course_revision_lessons (course_revision_id, position, lesson_id, lesson_revision_id) VALUES (:revisionId, :position, :lessonId, :lessonRevisionId)")
        void addEntry(long revisionId, int position, long lessonId, long lessonRevisionId);

        @Query("INSERT INTO course_revision_topics (course_revision_id, topic_id) VALUES (:revisionId, :topicId)")
        void addTopic(long revisionId, long topicId);

        @Query("SELECT course_revision_id, position, lesson_id, lesson_revision_id FROM course_revision_lessons WHERE course_revision_id IN (:revisionIds) ORDER BY course_revision_id, position")
        List<Rows.EntryRow> entriesOf(Collection<Long> revisionIds);

        @Query("SELECT course_revision_id AS revision_id, topic_id FROM course_revision_topics WHERE course_revision_id IN (:revisionIds)")
        List<Rows.TopicRow> topicsOf(Collection<Long> revisionIds);
    }
}
