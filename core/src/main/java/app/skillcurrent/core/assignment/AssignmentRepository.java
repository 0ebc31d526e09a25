package app.skillcurrent.core.assignment;

import app.skillcurrent.core.organisation.Organisation;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Assignments; content's courses and versions through its views published_courses and course_versions (ADR 0011). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentRepository extends GenericRepository<Organisation, Long> {

    String ROWS = """
            SELECT a.id, a.public_id, a.organisation_id, a.due_on,
                   a.course_id, c.slug AS course_slug, cr.title AS course_title,
                   a.track_id, tr.slug AS track_slug, tr.title AS track_title,
                   a.team_id, t.public_id AS team_public_id, t.name AS team_name,
                   a.user_id, u.public_id AS member_public_id, u.display_name AS member_name
            FROM assignments a
            LEFT JOIN published_courses c ON c.course_id = a.course_id
            LEFT JOIN course_versions cr ON cr.revision_id = c.revision_id
            LEFT JOIN tracks tr ON tr.id = a.track_id
            LEFT JOIN teams t ON t.id = a.team_id
            LEFT JOIN users u ON u.id = a.user_id
            """;

    @Query("""
            INSERT IGNORE INTO assignments (public_id, organisation_id, course_id, track_id, team_id, user_id, target_key, due_on, created_by, created_at)
            VALUES (:publicId, :organisationId, :courseId, :trackId, :teamId, :userId, :targetKey, :dueOn, :createdBy, :now)""")
    int insert(String publicId, long organisationId, @Nullable Long courseId, @Nullable Long trackId, @Nullable Long teamId,
               @Nullable Long userId, String targetKey, @Nullable LocalDate dueOn, long createdBy, Instant now);

    @Query(ROWS + " WHERE a.organisation_id = :organisationId ORDER BY a.due_on IS NULL, a.due_on, a.id")
    List<AssignmentRow> ofOrganisation(long organisationId);

    /** Assignments that reach this person, directly or through a team, in every organisation they belong to. */
    @Query(ROWS + """
             WHERE a.user_id = :userId
                OR a.team_id IN (SELECT team_id FROM team_members WHERE user_id = :userId)
             ORDER BY a.due_on IS NULL, a.due_on, a.id""")
    List<AssignmentRow> reaching(long userId);

    @Query("DELETE FROM assignments WHERE organisation_id = :organisationId AND public_id = :publicId")
    int delete(long organisationId, String publicId);

    @Query("SELECT course_id AS id, slug FROM published_courses WHERE slug = :slug")
    Optional<Named> publishedCourse(String slug);

    @Query("SELECT id, slug FROM tracks WHERE slug = :slug")
    Optional<Named> track(String slug);

    @Query("""
            SELECT c.slug, cr.title FROM published_courses c JOIN course_versions cr ON cr.revision_id = c.revision_id
            ORDER BY cr.title, c.course_id""")
    List<Choice> courseChoices();

    @Query("SELECT slug, title FROM tracks ORDER BY title, id")
    List<Choice> trackChoices();

    /** The published courses of a track, in track order. */
    @Query("""
            SELECT c.slug, cr.title FROM track_courses tc
            JOIN published_courses c ON c.course_id = tc.course_id JOIN course_versions cr ON cr.revision_id = c.revision_id
            WHERE tc.track_id = :trackId ORDER BY tc.position""")
    List<Choice> trackCourses(long trackId);

    @Introspected
    record Named(long id, String slug) {
    }
}
