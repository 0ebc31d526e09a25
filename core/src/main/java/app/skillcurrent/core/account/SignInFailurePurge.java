package app.skillcurrent.core.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Deletes throttle counters whose last failure is older than {@code app.sign-in-throttle.forget-after}, and so
 * would start again anyway. A successful sign-in deletes its own counter, but guesses at other or unknown
 * emails would otherwise stay for ever. Every server runs it: deleting the rows before a cutoff ends the same
 * whoever runs first, so several servers at once only find less to delete (both walk the
 * {@code last_failure_at} index in the same order, so one waits for the other's rows rather than deadlocking).
 */
@Singleton
public class SignInFailurePurge {

    private final SignInThrottle throttle;

    SignInFailurePurge(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** @return how many counters this run deleted */
    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    public int purgeExpired() {
        return throttle.deleteForgotten();
    }
}
