package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    Optional<Organisation> findByPublicId(String publicId);

    /** Nothing happens when the creator already has an organisation of that name (a second click, say). */
    @Query("""
            INSERT IGNORE INTO organisations (public_id, name, created_at, seats, budget_minutes, budget_period, created_by)
            VALUES (:publicId, :name, :createdAt, :seats, NULL, 'WEEK', :createdBy)""")
    int insert(String publicId, String name, Instant createdAt, int seats, long createdBy);

    /**
     * Locks the organisation row by writing it: seat counts, invitations and admin changes are decided one at a
     * time, also across the nodes of a Galera cluster, where only writes conflict (V15).
     */
    @Query("UPDATE organisations SET lock_writes = lock_writes + 1 WHERE id = :id")
    int writeLock(long id);

    /** The organisation as its lock holder sees it: {@link #writeLock} already holds the row. */
    @Query("SELECT * FROM organisations WHERE id = :id")
    Optional<Organisation> lockedRow(long id);

    @Query("UPDATE organisations SET name = :name, seats = :seats, budget_minutes = :budgetMinutes, budget_period = :budgetPeriod WHERE id = :id")
    void updateSettings(long id, String name, int seats, @Nullable Integer budgetMinutes, String budgetPeriod);

    @Query("INSERT IGNORE INTO organisation_members (organisation_id, user_id, role, joined_at) VALUES (:organisationId, :userId, :role, :joinedAt)")
    int addMember(long organisationId, long userId, String role, Instant joinedAt);

    @Query("SELECT role FROM organisation_members WHERE organisation_id = :organisationId AND user_id = :userId")
    Optional<String> findRole(long organisationId, long userId);

    @Query("""
            SELECT o.* FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id
            WHERE m.user_id = :userId ORDER BY o.name, o.id""")
    List<Organisation> ofUser(long userId);

    @Query("""
            SELECT m.user_id, u.public_id, u.display_name, u.email, m.role, m.joined_at, m.budget_minutes, m.budget_period,
                   u.erased_at
            FROM organisation_members m JOIN users u ON u.id = m.user_id
            WHERE m.organisation_id = :organisationId ORDER BY u.display_name, u.id""")
    List<Member> members(long organisationId);

    @Query("""
            SELECT m.user_id, u.public_id, u.display_name, u.email, m.role, m.joined_at, m.budget_minutes, m.budget_period,
                   u.erased_at
            FROM organisation_members m JOIN users u ON u.id = m.user_id
            WHERE m.organisation_id = :organisationId AND u.public_id = :publicId""")
    Optional<Member> member(long organisationId, String publicId);

    @Query("""
            SELECT m.user_id, u.public_id, u.display_name, u.email, m.role, m.joined_at, m.budget_minutes, m.budget_period,
                   u.erased_at
            FROM organisation_members m JOIN users u ON u.id = m.user_id
            WHERE m.organisation_id = :organisationId AND m.user_id = :userId""")
    Optional<Member> memberByUserId(long organisationId, long userId);

    @Query("SELECT COUNT(*) FROM organisation_members WHERE organisation_id = :organisationId")
    int countMembers(long organisationId);

    @Query("SELECT COUNT(*) FROM organisation_members WHERE organisation_id = :organisationId AND role = 'ADMIN'")
    int countAdmins(long organisationId);

    @Query("UPDATE organisation_members SET role = :role WHERE organisation_id = :organisationId AND user_id = :userId")
    void setRole(long organisationId, long userId, String role);

    @Query("""
            UPDATE organisation_members SET budget_minutes = :minutes, budget_period = :period
            WHERE organisation_id = :organisationId AND user_id = :userId""")
    void setBudget(long organisationId, long userId, @Nullable Integer minutes, @Nullable String period);

    @Query("DELETE FROM organisation_members WHERE organisation_id = :organisationId AND user_id = :userId")
    int removeMember(long organisationId, long userId);

    @Query("DELETE FROM team_members WHERE user_id = :userId AND team_id IN (SELECT id FROM teams WHERE organisation_id = :organisationId)")
    void leaveTeams(long organisationId, long userId);

    @Query("DELETE FROM assignments WHERE organisation_id = :organisationId AND user_id = :userId")
    void dropAssignments(long organisationId, long userId);
}
