package app.skillcurrent.core.account;

import java.time.Duration;

/** Too many failed attempts recently; the next one is counted after {@link #retryAfter()}. */
public class SignInThrottledException extends RuntimeException {
    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed attempts", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up, as a person is told it. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
