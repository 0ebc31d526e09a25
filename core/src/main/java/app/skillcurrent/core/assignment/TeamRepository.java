package app.skillcurrent.core.assignment;

import app.skillcurrent.core.organisation.Organisation;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamRepository extends GenericRepository<Organisation, Long> {

    @Query("INSERT IGNORE INTO teams (public_id, organisation_id, name, created_at) VALUES (:publicId, :organisationId, :name, :now)")
    int create(String publicId, long organisationId, String name, Instant now);

    @Query("SELECT id, public_id, name FROM teams WHERE organisation_id = :organisationId ORDER BY name, id")
    List<TeamRow> teams(long organisationId);

    @Query("""
            SELECT tm.team_id, tm.user_id, u.public_id, u.display_name
            FROM team_members tm JOIN teams t ON t.id = tm.team_id JOIN users u ON u.id = tm.user_id
            WHERE t.organisation_id = :organisationId ORDER BY u.display_name, u.id""")
    List<Team.TeamMember> members(long organisationId);

    @Query("SELECT id, public_id, name FROM teams WHERE organisation_id = :organisationId AND public_id = :publicId")
    Optional<TeamRow> team(long organisationId, String publicId);

    @Query("""
            SELECT tm.team_id, tm.user_id, u.public_id, u.display_name
            FROM team_members tm JOIN users u ON u.id = tm.user_id
            WHERE tm.team_id = :teamId ORDER BY u.display_name, u.id""")
    List<Team.TeamMember> membersOf(long teamId);

    @Query("INSERT IGNORE INTO team_members (team_id, user_id) VALUES (:teamId, :userId)")
    int join(long teamId, long userId);

    @Query("DELETE FROM team_members WHERE team_id = :teamId AND user_id = :userId")
    int leave(long teamId, long userId);

    @Query("DELETE FROM teams WHERE id = :teamId")
    int delete(long teamId);

    @io.micronaut.core.annotation.Introspected
    record TeamRow(long id, String publicId, String name) {
    }
}
