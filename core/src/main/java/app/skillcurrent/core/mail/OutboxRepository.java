package app.skillcurrent.core.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends GenericRepository<OutboxRow, Long> {

    OutboxRow save(OutboxRow row);

    Optional<OutboxRow> findById(long id);

    /**
     * A new row, unless one with the same dedupe key exists: then nothing changes and 0 rows count as affected.
     */
    @Query("""
            INSERT INTO mail_outbox (message_id, dedupe_key, kind, category, account_id, recipient, language, subject,
                                     text_body, html_body, state, attempts, due_at, last_error, created_at, finished_at)
            VALUES (:messageId, :dedupeKey, :kind, :category, :accountId, :recipient, :language, :subject,
                    :textBody, :htmlBody, :state, 0, :dueAt, :lastError, :createdAt, :finishedAt)
            ON DUPLICATE KEY UPDATE dedupe_key = dedupe_key""")
    int insertOnce(String messageId, String dedupeKey, String kind, String category, @Nullable Long accountId,
                   String recipient, String language, String subject, String textBody, String htmlBody, String state,
                   Instant dueAt, @Nullable String lastError, Instant createdAt, @Nullable Instant finishedAt);

    Optional<OutboxRow> findByMessageId(String messageId);

    /** Due rows nobody holds a live claim on; rows another transaction is claiming right now are skipped. */
    @Query("""
            SELECT id FROM mail_outbox
            WHERE state = 'QUEUED' AND due_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY due_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Long> lockClaimable(Instant now, int limit);

    @Query("""
            UPDATE mail_outbox SET claim_token = :token, claimed_until = :until, attempts = attempts + 1
            WHERE id IN (:ids)""")
    int claim(Collection<Long> ids, String token, Instant until);

    List<OutboxRow> findByClaimTokenOrderById(String claimToken);

    /** Records the end of a mail, if the claim still holds (it lapsed when another server took the row over). */
    @Query("""
            UPDATE mail_outbox SET state = :state, last_error = :error, finished_at = :now,
                                   claim_token = NULL, claimed_until = NULL
            WHERE id = :id AND claim_token = :token""")
    int finish(long id, String token, String state, @Nullable String error, Instant now);

    /** Gives a mail back to the queue, due again at {@code dueAt}, if the claim still holds. */
    @Query("""
            UPDATE mail_outbox SET due_at = :dueAt, last_error = :error, claim_token = NULL, claimed_until = NULL
            WHERE id = :id AND claim_token = :token""")
    int retryLater(long id, String token, Instant dueAt, String error);

    @Query("""
            SELECT * FROM mail_outbox
            WHERE (:state IS NULL OR state = :state) AND (:recipient IS NULL OR recipient = :recipient)
            ORDER BY id DESC LIMIT :limit OFFSET :offset""")
    List<OutboxRow> page(@Nullable String state, @Nullable String recipient, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM mail_outbox
            WHERE (:state IS NULL OR state = :state) AND (:recipient IS NULL OR recipient = :recipient)""")
    long count(@Nullable String state, @Nullable String recipient);

    @Query("SELECT * FROM mail_outbox WHERE account_id = :accountId ORDER BY id")
    List<OutboxRow> findByAccount(long accountId);

    @Query("DELETE FROM mail_outbox WHERE account_id = :accountId OR recipient = :address")
    void forget(long accountId, String address);
}
