package app.skillcurrent.core.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BounceRepository extends GenericRepository<OutboxRow, Long> {

    /**
     * Counts one more permanent refusal; the address is suppressed from the refusal that reaches {@code limit}.
     * (MySQL and MariaDB assign left to right, so the second assignment sees the raised count.)
     */
    @Query("""
            INSERT INTO mail_bounces (address, hard_bounces, last_error, last_bounce_at, suppressed_at)
            VALUES (:address, 1, :error, :now, CASE WHEN 1 >= :limit THEN :now END)
            ON DUPLICATE KEY UPDATE hard_bounces = hard_bounces + 1, last_error = :error, last_bounce_at = :now,
                                    suppressed_at = COALESCE(suppressed_at, CASE WHEN hard_bounces >= :limit THEN :now END)""")
    void countHardBounce(String address, String error, Instant now, int limit);

    @Query("SELECT EXISTS (SELECT 1 FROM mail_bounces WHERE address = :address AND suppressed_at IS NOT NULL)")
    boolean suppressed(String address);

    /** A person who fixed their mailbox (or changed address) can be written to again. */
    @Query("DELETE FROM mail_bounces WHERE address = :address")
    void clear(String address);
}
