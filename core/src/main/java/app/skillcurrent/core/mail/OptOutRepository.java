package app.skillcurrent.core.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OptOutRepository extends GenericRepository<OutboxRow, Long> {

    @Query("SELECT category FROM mail_opt_outs WHERE user_id = :accountId")
    List<String> categories(long accountId);

    @Query("SELECT EXISTS (SELECT 1 FROM mail_opt_outs WHERE user_id = :accountId AND category = :category)")
    boolean optedOut(long accountId, String category);

    /** Turning a category off twice (two clicks, two tabs) leaves one row. */
    @Query("INSERT IGNORE INTO mail_opt_outs (user_id, category, created_at) VALUES (:accountId, :category, :now)")
    void optOut(long accountId, String category, Instant now);

    @Query("DELETE FROM mail_opt_outs WHERE user_id = :accountId AND category = :category")
    void optIn(long accountId, String category);

    @Query("DELETE FROM mail_opt_outs WHERE user_id = :accountId")
    void forget(long accountId);
}
