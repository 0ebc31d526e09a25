package app.skillcurrent.core.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<Account, Long> {
    Optional<Account> findByEmail(String email);

    Optional<Account> findByPublicId(String publicId);

    @Query("""
            SELECT u.id, u.public_id, u.email, u.display_name, u.password_hash, u.locale, u.time_zone, u.email_verified_at, u.created_at, u.updated_at,
                   u.session_generation,
                   EXISTS (SELECT 1 FROM ended_sessions e WHERE e.session_id = :sessionId) AS session_ended,
                   (SELECT GROUP_CONCAT(r.role) FROM user_roles r WHERE r.user_id = u.id) AS roles
            FROM users u WHERE u.public_id = :publicId""")
    Optional<AccountRolesRow> findWithRoles(String publicId, String sessionId);

    @Introspected
    record AccountRolesRow(long id, String publicId, String email, String displayName, String passwordHash,
                           String locale, String timeZone, @Nullable Instant emailVerifiedAt, Instant createdAt, Instant updatedAt, int sessionGeneration,
                           int sessionEnded, @Nullable String roles) {
    }

    /** Ends every session issued so far (they carry the old generation). */
    @Query("UPDATE users SET session_generation = session_generation + 1 WHERE id = :id")
    void endSessions(long id);

    @Query("SELECT session_generation FROM users WHERE id = :id")
    int sessionGeneration(long id);

    /** Ends one session; signing out twice leaves one row. */
    @Query("INSERT IGNORE INTO ended_sessions (session_id, expires_at) VALUES (:sessionId, :expiresAt)")
    void endSession(String sessionId, Instant expiresAt);

    /** Ended sessions whose tokens have expired by now are refused for that reason alone. */
    @Query("DELETE FROM ended_sessions WHERE expires_at < :now")
    int deleteEndedSessionsBefore(Instant now);
}
