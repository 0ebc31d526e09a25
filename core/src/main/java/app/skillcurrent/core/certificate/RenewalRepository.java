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

    /** Scores an attempt once: a second submission of the same attempt matches no row. */
    @Query("""
            UPDATE renewal_attempts SET score_percent = :score, passed = :passed, submitted_at = :at
            WHERE id = :id AND submitted_at IS NULL""")
    int submit(long id, int score, boolean passed, Instant at);
}
