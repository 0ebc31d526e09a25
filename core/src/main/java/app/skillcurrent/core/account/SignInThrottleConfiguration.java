package app.skillcurrent.core.account;

import app.skillcurrent.content.support.validation.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * Sign-in throttling, {@code app.sign-in-throttle.*}, read when the application starts (defaults in
 * application.yml); a missing or wrong value stops it with the key in the message. Past its free failures a
 * counter makes the next attempt wait {@code firstDelay}, then twice as long after each further failure, at
 * most {@code maxDelay}; it is forgotten {@code forgetAfter} its last failure, so that must be longer than
 * {@code maxDelay} (or waiting out the delay would also earn the free failures again).
 *
 * @param freeFailures           failures of one account from one client (an address, or a device it signed in
 *                               on before) before attempts are spaced out
 * @param freeFailuresPerAccount failures of one account from all devices it has not signed in on before
 * @param freeFailuresPerAddress failures from one client address over all accounts, from devices not known to them
 * @param firstDelay             the wait after the last free failure
 * @param maxDelay               the longest wait
 * @param forgetAfter            how long after its last failure a counter is deleted
 */
@Context
@ConfigurationProperties("app.sign-in-throttle")
record SignInThrottleConfiguration(
        @Positive(message = "app.sign-in-throttle.free-failures must be a whole number above 0, not {validatedValue}")
        int freeFailures,
        @Positive(message = "app.sign-in-throttle.free-failures-per-account must be a whole number above 0, not {validatedValue}")
        int freeFailuresPerAccount,
        @Positive(message = "app.sign-in-throttle.free-failures-per-address must be a whole number above 0, not {validatedValue}")
        int freeFailuresPerAddress,
        @NotNull(message = "app.sign-in-throttle.first-delay must be set")
        @PositiveDuration(message = "app.sign-in-throttle.first-delay must be a positive duration such as 1m, not {validatedValue}")
        Duration firstDelay,
        @NotNull(message = "app.sign-in-throttle.max-delay must be set")
        @PositiveDuration(message = "app.sign-in-throttle.max-delay must be a positive duration such as 15m, not {validatedValue}")
        Duration maxDelay,
        @NotNull(message = "app.sign-in-throttle.forget-after must be set")
        @PositiveDuration(message = "app.sign-in-throttle.forget-after must be a positive duration such as 24h, not {validatedValue}")
        Duration forgetAfter) {

    SignInThrottleConfiguration {
        if (firstDelay != null && maxDelay != null && forgetAfter != null
                && (forgetAfter.compareTo(maxDelay) <= 0 || maxDelay.compareTo(firstDelay) < 0)) {
            throw new ConfigurationException("app.sign-in-throttle.forget-after must be longer than "
                    + "app.sign-in-throttle.max-delay, and max-delay at least first-delay, not " + forgetAfter + ", "
                    + maxDelay + " and " + firstDelay);
        }
    }
}
