package app.skillcurrent.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsentRepository extends GenericRepository<Account, Long> {

    @Query("INSERT INTO account_consents (user_id, version, accepted_at) VALUES (:userId, :version, :acceptedAt)")
    void record(long userId, String version, Instant acceptedAt);

    @Query("DELETE FROM account_consents WHERE user_id = :userId")
    void forget(long userId);
}
