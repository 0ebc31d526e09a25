package app.skillcurrent.core.certificate;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RenewalRepository extends GenericRepository<RenewalAttempt, Long> {

    RenewalAttempt save(RenewalAttempt attempt);

    Optional<RenewalAttempt> findById(long id);

    @Query("SELECT * FROM renewal_attempts WHERE certificate_id = :certificateId AND course_revision_id = :revisionId ORDER BY started_at, id")
    List<RenewalAttempt> of(long certificateId, long revisionId);

    /**
     * Locks the certificate's row until the transaction ends, so that starts for one certificate take turns:
     * each sees the attempt the one before it opened.
     */
    @Query("SELECT id FROM certificates WHERE id = :certificateId FOR UPDATE")
    Optional<Long> lockCertificate(long certificateId);

    @Query("SELECT * FROM renewal_attempts WHERE open_certificate_id = :certificateId")
    Optional<RenewalAttempt> openAttempt(long certificateId);

    /** Removes an attempt nobody answered; one drawn for a version that is no longer current can never be submitted. */
    @Query("DELETE FROM renewal_attempts WHERE id = :id AND submitted_at IS NULL")
    int discardOpen(long id);

    /** Scores an attempt once: a second submission of the same attempt matches no row. */
    @Query("""
            UPDATE renewal_attempts SET score_percent = :score, passed = :passed, submitted_at = :at
            WHERE id = :id AND submitted_at IS NULL""")
    int submit(long id, int score, boolean passed, Instant at);
}
