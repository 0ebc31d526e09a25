package app.skillcurrent.content.freshness;

import app.skillcurrent.content.topic.Topic;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FreshnessQueries extends GenericRepository<Topic, Long> {

    /** Per lesson and topic of the given course revisions: last review and platform changes since. */
    @Query("""
            SELECT crl.course_revision_id, crl.position, crl.lesson_id, crl.lesson_revision_id, lr.title,
                   lrt.topic_id,
                   COALESCE(lrt.reviewed_at, lr.published_at) AS reviewed_at,
                   (SELECT MAX(pc.changed_on) FROM platform_changes pc JOIN topics t ON t.id = lrt.topic_id
                     WHERE pc.topic_id = t.id OR pc.topic_id = t.parent_id) AS latest_change,
                   (SELECT MIN(pc.changed_on) FROM platform_changes pc JOIN topics t ON t.id = lrt.topic_id
                     WHERE (pc.topic_id = t.id OR pc.topic_id = t.parent_id)
                       AND pc.changed_on > DATE(lrt.reviewed_at)) AS first_unreviewed_change
            FROM course_revision_lessons crl
            JOIN lesson_revisions lr ON lr.id = crl.lesson_revision_id
            LEFT JOIN lesson_revision_topics lrt ON lrt.lesson_revision_id = crl.lesson_revision_id
            WHERE crl.course_revision_id IN (:courseRevisionIds)
            ORDER BY crl.course_revision_id, crl.position""")
    List<TopicReview> reviews(Collection<Long> courseRevisionIds);

    @Query("SELECT current_revision_id FROM courses WHERE current_revision_id IS NOT NULL")
    List<Long> allCurrentRevisions();

    @Query("""
            SELECT c.current_revision_id FROM courses c JOIN course_instructors ci ON ci.course_id = c.id
            WHERE ci.user_id = :userId AND c.current_revision_id IS NOT NULL""")
    List<Long> currentRevisionsTaughtBy(long userId);

    @Query("SELECT l.course_id FROM lesson_revisions lr JOIN lessons l ON l.id = lr.lesson_id WHERE lr.id = :lessonRevisionId")
    List<Long> courseOfLessonRevision(long lessonRevisionId);

    @Query("""
            UPDATE lesson_revision_topics SET reviewed_at = :at, reviewed_by = :by
            WHERE lesson_revision_id = :lessonRevisionId AND topic_id = :topicId""")
    int markReviewed(long lessonRevisionId, long topicId, Instant at, long by);

    @Query("INSERT INTO lesson_reviews (lesson_revision_id, topic_id, reviewed_by, reviewed_at) VALUES (:lessonRevisionId, :topicId, :by, :at)")
    void recordReview(long lessonRevisionId, long topicId, long by, Instant at);
}
