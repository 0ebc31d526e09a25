package app.skillcurrent.core.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes failed sign-ins that are older than the throttle window and so no longer count. A successful sign-in
 * deletes its own account's failures, but guesses at other or unknown emails would otherwise stay for ever.
 * Every server runs it: deleting the rows before a cutoff ends the same whoever runs first, so several servers
 * at once only find less to delete (both walk the {@code failed_at} index in the same order, so one waits for
 * the other's rows rather than deadlocking with it).
 */
@Singleton
public class SignInFailurePurge {

    private final SignInThrottle.Failures failures;
    private final Clock clock;
    private final Duration window;

    SignInFailurePurge(SignInThrottle.Failures failures, Clock clock, SignInThrottleConfiguration configuration) {
        this.failures = failures;
        this.clock = clock;
        this.window = configuration.window();
    }

    /** @return how many failures this run deleted */
    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    public int purgeExpired() {
        return failures.deleteOlderThan(clock.instant().minus(window));
    }
}
