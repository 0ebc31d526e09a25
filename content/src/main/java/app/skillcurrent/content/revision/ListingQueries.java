package app.skillcurrent.content.revision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/**
 * Read queries over current revisions only: every query reaches course_revisions through
 * courses.current_revision_id, so neither drafts nor superseded versions can be returned.
 *
 * <p>Unused filters are passed as neutral values (an empty string, 0, the widest bounds) rather than NULL, so
 * that one statement serves every combination and AGAINST is never given NULL. The full-text search stays
 * on course_revisions itself: MATCH must name the columns of a FULLTEXT index of a table (ADR 0011).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ListingQueries extends GenericRepository<Rows.CourseRevisionRow, Long> {

    String LISTING_COLUMNS = """
            SELECT c.id AS course_id, c.slug, cr.id AS revision_id, cr.title, cr.summary, cr.level, cr.language,
                   cr.major, cr.minor, cr.published_at, cr.lesson_count, cr.minutes
            """;

    String CURRENT = """
            FROM courses c
            JOIN course_revisions cr ON cr.id = c.current_revision_id
            """;

    // Text matches the full-text index on title and summary, or (as a substring) the name of one of the
    // course's topics or of that topic's platform, so "Shop" or "TikTok" find courses tagged TikTok › Shop.
    String FILTERS = """
            WHERE (:text = ''
                   OR MATCH (cr.title, cr.summary) AGAINST (:text IN NATURAL LANGUAGE MODE)
                   OR EXISTS (SELECT 1 FROM course_revision_topics qt
                              JOIN topics qtt ON qtt.id = qt.topic_id
                              LEFT JOIN topics qtp ON qtp.id = qtt.parent_id
                              WHERE qt.course_revision_id = cr.id
                                AND (qtt.name LIKE :textPattern ESCAPE '!' OR qtp.name LIKE :textPattern ESCAPE '!')))
              AND (:platformId = 0
                   OR EXISTS (SELECT 1 FROM course_revision_topics pt
                              JOIN topics ptt ON ptt.id = pt.topic_id
                              WHERE pt.course_revision_id = cr.id
                                AND (ptt.id = :platformId OR ptt.parent_id = :platformId)))
              AND (:topicId = 0
                   OR EXISTS (SELECT 1 FROM course_revision_topics tt
                              WHERE tt.course_revision_id = cr.id AND tt.topic_id = :topicId))
              AND (:level = '' OR cr.level = :level)
              AND (:language = '' OR cr.language = :language)
              AND cr.minutes BETWEEN :minMinutes AND :maxMinutes
              AND cr.published_at >= :publishedSince
              AND (:needsReview = FALSE
                   OR EXISTS (SELECT 1 FROM course_revision_lessons rl
                              JOIN lesson_revision_topics lrt ON lrt.lesson_revision_id = rl.lesson_revision_id
                              JOIN topics rt ON rt.id = lrt.topic_id
                              JOIN platform_changes pch ON pch.topic_id = rt.id OR pch.topic_id = rt.parent_id
                              WHERE rl.course_revision_id = cr.id AND pch.changed_on > DATE(lrt.reviewed_at)))
            """;

    String PAGE = " LIMIT :pageSize OFFSET :skip";

    @Query("SELECT COUNT(*) " + CURRENT + FILTERS)
    long count(String text, String textPattern, long platformId, long topicId, String level, String language,
               int minMinutes, int maxMinutes, Instant publishedSince, boolean needsReview);

    @Query(LISTING_COLUMNS + CURRENT + FILTERS
            + " ORDER BY MATCH (cr.title, cr.summary) AGAINST (:text IN NATURAL LANGUAGE MODE) DESC,"
            + " cr.published_at DESC, c.id DESC" + PAGE)
    List<CourseListing> byRelevance(String text, String textPattern, long platformId, long topicId, String level,
                                    String language, int minMinutes, int maxMinutes, Instant publishedSince,
                                    boolean needsReview, int pageSize, long skip);

    @Query(LISTING_COLUMNS + CURRENT + FILTERS + " ORDER BY cr.published_at DESC, c.id DESC" + PAGE)
    List<CourseListing> newestFirst(String text, String textPattern, long platformId, long topicId, String level,
                                    String language, int minMinutes, int maxMinutes, Instant publishedSince,
                                    boolean needsReview, int pageSize, long skip);

    @Query(LISTING_COLUMNS + CURRENT + FILTERS + " ORDER BY cr.title, c.id" + PAGE)
    List<CourseListing> byTitle(String text, String textPattern, long platformId, long topicId, String level,
                                String language, int minMinutes, int maxMinutes, Instant publishedSince,
                                boolean needsReview, int pageSize, long skip);

    @Query(LISTING_COLUMNS + CURRENT + " ORDER BY cr.title, c.id")
    List<CourseListing> allByTitle();
}
