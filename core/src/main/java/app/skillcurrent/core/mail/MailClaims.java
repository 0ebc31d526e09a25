package app.skillcurrent.core.mail;

import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Claims and settles outbox rows. A claim writes a token and a lease into the rows: on one database
 * {@code FOR UPDATE SKIP LOCKED} keeps two servers off each other's rows; on a Galera cluster the row locks hold
 * only on one node, so two servers can lock the same rows, but then both write them, one loses certification at
 * commit, starts again ({@code ConflictRetry}) and finds them claimed. Settling a row names the claim's token, so
 * a server whose lease ran out (it stalled, and another took the row over) changes nothing.
 */
@Singleton
class MailClaims {

    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final OutboxRepository rows;
    private final BounceRepository bounces;
    private final MailConfiguration configuration;
    private final Clock clock;

    MailClaims(OutboxRepository rows, BounceRepository bounces, MailConfiguration configuration, Clock clock) {
        this.rows = rows;
        this.bounces = bounces;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Up to a batch of due rows, now held by this caller until the lease ends. */
    @Transactional
    public List<OutboxRow> claimDue() {
        Instant now = Times.now(clock);
        List<Long> ids = rows.lockClaimable(now, configuration.batchSize());
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = PublicIds.next();
        rows.claim(ids, token, now.plus(configuration.claimLease()));
        return rows.findByClaimTokenOrderById(token);
    }

    /** @return false when the claim had lapsed and another server holds the row now */
    @Transactional
    public boolean done(OutboxRow mail, MailState state) {
        return rows.finish(mail.id(), mail.claimToken(), state.name(), null, Times.now(clock)) == 1;
    }

    @Transactional
    public boolean failed(OutboxRow mail, String error, boolean hardBounce) {
        Instant now = Times.now(clock);
        if (hardBounce) {
            bounces.countHardBounce(mail.recipient(), error, now, configuration.hardBounceLimit());
        }
        return rows.finish(mail.id(), mail.claimToken(), MailState.FAILED.name(), error, now) == 1;
    }

    /** Back to the queue after a temporary failure, or failed for good once out of attempts. */
    @Transactional
    public boolean temporaryFailure(OutboxRow mail, String error) {
        if (mail.attempts() >= configuration.maxAttempts()) {
            return failed(mail, "gave up after " + mail.attempts() + " attempts; last: " + error, false);
        }
        Instant now = Times.now(clock);
        return rows.retryLater(mail.id(), mail.claimToken(), now.plus(backoff(mail.attempts())), error) == 1;
    }

    /** firstRetry after the first attempt, doubled after each further one, at most six hours. */
    Duration backoff(int attemptsSoFar) {
        Duration wait = configuration.firstRetry();
        for (int i = 1; i < attemptsSoFar && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    @Nullable
    static String shorten(@Nullable String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
