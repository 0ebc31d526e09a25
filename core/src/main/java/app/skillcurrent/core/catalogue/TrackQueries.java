package app.skillcurrent.core.catalogue;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TrackQueries extends GenericRepository<TrackRow, Long> {

    TrackRow save(TrackRow row);

    Optional<TrackRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("INSERT INTO track_courses (track_id, position, course_id) VALUES (:trackId, :position, :courseId)")
    void addCourse(long trackId, int position, long courseId);

    /** Tracks with at least one published course; unpublished courses count neither as courses nor as time. */
    @Query("""
            SELECT t.slug, t.title, t.summary, COUNT(c.id) AS course_count, COALESCE(SUM(len.minutes), 0) AS minutes
            FROM tracks t
            JOIN track_courses tc ON tc.track_id = t.id
            JOIN courses c ON c.id = tc.course_id AND c.current_revision_id IS NOT NULL
            LEFT JOIN (SELECT crl.course_revision_id, SUM(lr.minutes) AS minutes
                       FROM courses pc
                       JOIN course_revision_lessons crl ON crl.course_revision_id = pc.current_revision_id
                       JOIN lesson_revisions lr ON lr.id = crl.lesson_revision_id
                       GROUP BY crl.course_revision_id) len ON len.course_revision_id = c.current_revision_id
            GROUP BY t.id, t.slug, t.title, t.summary
            ORDER BY t.title, t.id""")
    List<TrackSummary> summaries();
}
