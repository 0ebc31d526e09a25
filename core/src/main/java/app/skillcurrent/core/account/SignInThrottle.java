package app.skillcurrent.core.account;

import app.skillcurrent.core.support.Times;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Slows down guessing without locking anyone out. Failures are counted in the database, so every server sees
 * the same counts, per thing that guesses ({@link Limit}): an account from one client, an account from all
 * devices it has not signed in on before, an address over all accounts. Past a counter's free failures the
 * next attempt must wait, twice as long after each further failure, up to {@code maxDelay}.
 *
 * <p>An attempt is counted <em>before</em> its password is checked, in one transaction that holds each
 * counter's row lock while it checks the wait and adds one: concurrent guesses queue on the row, so twenty at
 * once against five free failures have exactly five checked. A successful attempt then takes its count back.
 * Counters are locked in key order, so two attempts never wait for each other's rows crosswise.
 */
@Singleton
class SignInThrottle {

    /** One counter an attempt is counted on: the SHA-256 of what it counts, and its free failures. */
    record Limit(String key, int freeFailures) {
        static Limit of(String what, int freeFailures) {
            return new Limit(sha256(what), freeFailures);
        }
    }

    private final Counters counters;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;

    SignInThrottle(Counters counters, Clock clock, SignInThrottleConfiguration configuration) {
        this.counters = counters;
        this.clock = clock;
        this.firstDelay = configuration.firstDelay();
        this.maxDelay = configuration.maxDelay();
        this.forgetAfter = configuration.forgetAfter();
    }

    /**
     * Counts an attempt on every limit, or on none.
     *
     * @throws SignInThrottledException when one of them is still waiting, with the longest wait
     */
    // its own transaction: the count must stay when the caller's transaction is rolled back for the wrong password
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void count(List<Limit> limits) {
        Instant now = Times.now(clock);
        List<Limit> ordered = limits.stream().sorted(Comparator.comparing(Limit::key)).toList();
        Duration wait = Duration.ZERO;
        for (Limit limit : ordered) {
            counters.lock(limit.key(), now, now.minus(forgetAfter));
            Counter counter = counters.find(limit.key());
            if (now.isBefore(counter.nextAllowedAt())) {
                Duration left = Duration.between(now, counter.nextAllowedAt());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
        for (Limit limit : ordered) {
            int failures = counters.find(limit.key()).failures() + 1;
            counters.add(limit.key(), now, now.plus(delayAfter(failures, limit.freeFailures())));
        }
    }

    /** The attempt counted by {@link #count} was right: its own counter is forgotten, the shared ones take it back. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void succeeded(Limit own, List<Limit> shared) {
        counters.forget(own.key());
        for (Limit limit : shared.stream().sorted(Comparator.comparing(Limit::key)).toList()) {
            counters.takeBack(limit.key());
        }
    }

    /** @return how many counters this run deleted, those whose last failure is older than {@code forgetAfter} */
    int deleteForgotten() {
        Instant now = Times.now(clock);
        return counters.deleteOlderThan(now.minus(forgetAfter), now);
    }

    /** No wait within the free failures; then the first delay, doubled per further failure, at most the longest. */
    Duration delayAfter(int failures, int freeFailures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Introspected
    record Counter(int failures, Instant nextAllowedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Counters extends GenericRepository<Account, Long> {
        /** Makes the counter if it is new, starts it again if forgotten, and holds its row lock either way. */
        @Query("""
                INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, next_allowed_at)
                VALUES (:key, 0, :now, :now)
                ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < :forgetBefore, 0, failures),
                    next_allowed_at = IF(last_failure_at < :forgetBefore, :now, next_allowed_at)""")
        void lock(String key, Instant now, Instant forgetBefore);

        @Query("SELECT failures, next_allowed_at FROM sign_in_throttle WHERE throttle_key = :key")
        Counter find(String key);

        @Query("""
                UPDATE sign_in_throttle SET failures = failures + 1, last_failure_at = :now, next_allowed_at = :nextAllowed
                WHERE throttle_key = :key""")
        void add(String key, Instant now, Instant nextAllowed);

        @Query("DELETE FROM sign_in_throttle WHERE throttle_key = :key")
        void forget(String key);

        @Query("UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE throttle_key = :key")
        void takeBack(String key);

        @Query("DELETE FROM sign_in_throttle WHERE last_failure_at < :cutoff AND next_allowed_at < :now")
        int deleteOlderThan(Instant cutoff, Instant now);
    }
}
