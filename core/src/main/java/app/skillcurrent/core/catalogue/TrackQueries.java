package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.revision.CourseListing;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Tracks and their courses; content's data through its views published_courses and course_versions (ADR 0011). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TrackQueries extends GenericRepository<TrackRow, Long> {

    TrackRow save(TrackRow row);

    Optional<TrackRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("INSERT INTO track_courses (track_id, position, course_id) VALUES (:trackId, :position, :courseId)")
    void addCourse(long trackId, int position, long courseId);

    /**
     * Tracks with at least one published course; unpublished courses count neither as courses nor as time. A
     * course's time is its current version's total, stored with the version (V4__revision_totals.sql).
     */
    @Query("""
            SELECT t.slug, t.title, t.summary, COUNT(pc.course_id) AS course_count, COALESCE(SUM(cv.minutes), 0) AS minutes
            FROM tracks t
            JOIN track_courses tc ON tc.track_id = t.id
            JOIN published_courses pc ON pc.course_id = tc.course_id
            JOIN course_versions cv ON cv.revision_id = pc.revision_id
            GROUP BY t.id, t.slug, t.title, t.summary
            ORDER BY t.title, t.id""")
    List<TrackSummary> summaries();

    /** The published courses of a track, in the track's order, as content's views list them. */
    @Query("""
            SELECT pc.course_id, pc.slug, cv.revision_id, cv.title, cv.summary, cv.level, cv.language, cv.major,
                   cv.minor, cv.published_at, cv.lesson_count, cv.minutes
            FROM track_courses tc
            JOIN published_courses pc ON pc.course_id = tc.course_id
            JOIN course_versions cv ON cv.revision_id = pc.revision_id
            WHERE tc.track_id = :trackId ORDER BY tc.position""")
    List<CourseListing> coursesOf(long trackId);
}
