package app.skillcurrent.core.account;

import app.skillcurrent.content.support.validation.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * Sign-in throttling, {@code app.sign-in-throttle.*}, read when the application starts (defaults in
 * application.yml); a missing or wrong value stops it with the key in the message.
 *
 * @param maxFailuresPerAccount failed sign-ins for one email within the window after which it is refused
 * @param maxFailuresPerAddress failed sign-ins from one client address within the window, over all emails
 * @param window                how far back failures count; older ones are deleted
 */
@Context
@ConfigurationProperties("app.sign-in-throttle")
record SignInThrottleConfiguration(
        @Positive(message = "app.sign-in-throttle.max-failures-per-account must be a whole number above 0, not {validatedValue}")
        int maxFailuresPerAccount,
        @Positive(message = "app.sign-in-throttle.max-failures-per-address must be a whole number above 0, not {validatedValue}")
        int maxFailuresPerAddress,
        @NotNull(message = "app.sign-in-throttle.window must be set")
        @PositiveDuration(message = "app.sign-in-throttle.window must be a positive duration such as 15m, not {validatedValue}")
        Duration window) {
}
