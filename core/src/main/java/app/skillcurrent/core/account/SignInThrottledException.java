package app.skillcurrent.core.account;

import java.time.Duration;

/** Too many failed sign-ins recently; the caller should wait for {@link #window()}. */
public class SignInThrottledException extends RuntimeException {
    private final Duration window;

    public SignInThrottledException(Duration window) {
        super("Too many failed sign-ins");
        this.window = window;
    }

    public Duration window() {
        return window;
    }
}
