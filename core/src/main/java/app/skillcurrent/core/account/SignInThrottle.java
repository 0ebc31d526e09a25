package app.skillcurrent.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed sign-ins in a sliding window, per account and per client address, in the database so that
 * every server sees the same count. Concurrent guesses can overshoot the limit by the number in flight,
 * which does not matter for a limit meant to stop guessing at scale.
 */
@Singleton
class SignInThrottle {

    private final Failures failures;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    SignInThrottle(Failures failures, Clock clock, SignInThrottleConfiguration configuration) {
        this.failures = failures;
        this.clock = clock;
        this.maxPerAccount = configuration.maxFailuresPerAccount();
        this.maxPerAddress = configuration.maxFailuresPerAddress();
        this.window = configuration.window();
    }

    /** @throws SignInThrottledException when either count has reached its limit */
    void check(String email, String clientAddress) {
        Instant since = clock.instant().minus(window);
        if (failures.countForEmail(email, since) >= maxPerAccount
                || failures.countForAddress(clientAddress, since) >= maxPerAddress) {
            throw new SignInThrottledException(window);
        }
    }

    void recordFailure(String email, String clientAddress) {
        failures.record(email, clientAddress, clock.instant());
    }

    void clear(String email) {
        failures.clear(email);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Failures extends GenericRepository<Account, Long> {
        @Query("SELECT COUNT(*) FROM sign_in_failures WHERE email = :email AND failed_at > :since")
        long countForEmail(String email, Instant since);

        @Query("SELECT COUNT(*) FROM sign_in_failures WHERE client_ip = :address AND failed_at > :since")
        long countForAddress(String address, Instant since);

        @Query("INSERT INTO sign_in_failures (email, client_ip, failed_at) VALUES (:email, :address, :failedAt)")
        void record(String email, String address, Instant failedAt);

        @Query("DELETE FROM sign_in_failures WHERE email = :email")
        void clear(String email);

        @Query("DELETE FROM sign_in_failures WHERE failed_at < :cutoff")
        int deleteOlderThan(Instant cutoff);
    }
}
