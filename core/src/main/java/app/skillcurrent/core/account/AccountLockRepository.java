package app.skillcurrent.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountLockRepository extends GenericRepository<Account, Long> {

    @Query("""
            SELECT id, public_id, email, display_name, password_hash, locale, time_zone, email_verified_at, created_at, updated_at
            FROM users WHERE id = :id AND erased_at IS NULL FOR UPDATE""")
    Optional<Account> hold(long id);

    @Query("""
            SELECT id, public_id, email, display_name, password_hash, locale, time_zone, email_verified_at, created_at, updated_at
            FROM users WHERE id = :id AND erased_at IS NULL LOCK IN SHARE MODE""")
    Optional<Account> share(long id);

    /** Leaves the row as a tombstone and ends every session it had (they carry the old generation). */
    @Query("""
            UPDATE users SET email = :email, display_name = '', password_hash = :passwordHash, locale = 'en',
                             erased_at = :at, updated_at = :at, session_generation = session_generation + 1
            WHERE id = :id AND erased_at IS NULL""")
    int tombstone(long id, String email, String passwordHash, Instant at);

    @Query("DELETE FROM user_roles WHERE user_id = :id")
    void dropRoles(long id);

    /** The account's own throttle counter, by {@link AccountRules#signInCounterKey}. */
    @Query("DELETE FROM sign_in_throttle WHERE throttle_key = :key")
    void forgetSignInFailures(String key);
}
