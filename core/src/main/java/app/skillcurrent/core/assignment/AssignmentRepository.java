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

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentRepository extends GenericRepository<Organisation, Long> {

    String ROWS = """
            SELECT a.id, a.public_id, a.organisation_id, a.due_on,
                   a.course_id, c.slug AS course_slug, cr.title AS course_title,
                   a.track_id, tr.slug AS track_slug, tr.title AS track_title,
                   a.team_id, t.public_id AS team_public_id, t.name AS team_name,
                   a.user_id, u.public_id AS member_public_id, u.display_name AS member_name
            FROM assignments a
            LEFT JOIN courses c ON c.id = a.course_id
            LEFT JOIN course_revisions cr ON cr.id = c.current_revision_id
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

    @Query("SELECT id, slug FROM courses WHERE slug = :slug AND current_revision_id IS NOT NULL")
    Optional<Named> publishedCourse(String slug);

    @Query("SELECT id, slug FROM tracks WHERE slug = :slug")
    Optional<Named> track(String slug);

    @Query("""
            SELECT c.slug, cr.title FROM courses c JOIN course_revisions cr ON cr.id = c.current_revision_id
            ORDER BY cr.title, c.id""")
    List<Choice> courseChoices();

    @Query("SELECT slug, title FROM tracks ORDER BY title, id")
    List<Choice> trackChoices();

    /** The published courses of a track, in track order. */
    @Query("""
            SELECT c.slug, cr.title FROM track_courses tc
            JOIN courses c ON c.id = tc.course_id JOIN course_revisions cr ON cr.id = c.current_revision_id
            WHERE tc.track_id = :trackId ORDER BY tc.position""")
    List<Choice> trackCourses(long trackId);

    /**
     * Every published course with the platforms the topics of its current version belong to (a feature topic
     * counts for its platform); an instructor's unpublished draft changes nothing here.
     */
    @Query("""
            SELECT DISTINCT c.slug, COALESCE(p.name, t.name) AS title FROM courses c
            JOIN course_revision_topics crt ON crt.course_revision_id = c.current_revision_id
            JOIN topics t ON t.id = crt.topic_id
            LEFT JOIN topics p ON p.id = t.parent_id""")
    List<Choice> coursePlatforms();

    @Query("SELECT slug, name AS title FROM topics WHERE parent_id IS NULL ORDER BY name")
    List<Choice> platforms();

    @Introspected
    record Named(long id, String slug) {
    }
}
