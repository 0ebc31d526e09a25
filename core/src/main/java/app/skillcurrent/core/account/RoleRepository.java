package app.skillcurrent.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoleRepository extends GenericRepository<Account, Long> {

    @Query("SELECT role FROM user_roles WHERE user_id = :userId")
    List<String> findRoles(long userId);

    /** Idempotent: granting a role twice leaves one row. */
    @Query("INSERT IGNORE INTO user_roles (user_id, role, granted_at) VALUES (:userId, :role, :grantedAt)")
    void grant(long userId, String role, Instant grantedAt);
}
