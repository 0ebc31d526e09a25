package app.skillcurrent.core.account;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static app.skillcurrent.core.support.Settings.assertStartFails;
import static app.skillcurrent.core.support.Settings.assertStartFailsWithout;
import static app.skillcurrent.core.support.Settings.start;
import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleConfigurationTest {

    @Test
    void readsTheLimitsAndTheWindow() {
        try (ApplicationContext context = start(Map.of("app.sign-in-throttle.max-failures-per-account", "4",
                "app.sign-in-throttle.max-failures-per-address", "3", "app.sign-in-throttle.window", "1h"))) {
            assertThat(context.getBean(SignInThrottleConfiguration.class))
                    .isEqualTo(new SignInThrottleConfiguration(4, 3, Duration.ofHours(1)));
        }
    }

    @Test
    void aWrongValueStopsTheStartWithItsKey() {
        assertStartFails(Map.of("app.sign-in-throttle.max-failures-per-account", "0"),
                "app.sign-in-throttle.max-failures-per-account must be a whole number above 0, not 0");
        assertStartFails(Map.of("app.sign-in-throttle.max-failures-per-address", "-1"),
                "app.sign-in-throttle.max-failures-per-address must be a whole number above 0, not -1");
        assertStartFails(Map.of("app.sign-in-throttle.max-failures-per-address", "twenty"),
                "app.sign-in-throttle.max-failures-per-address");
        assertStartFails(Map.of("app.sign-in-throttle.window", "0s"),
                "app.sign-in-throttle.window must be a positive duration such as 15m, not PT0S");
        assertStartFailsWithout("app.sign-in-throttle.max-failures-per-account");
        assertStartFailsWithout("app.sign-in-throttle.max-failures-per-address");
        assertStartFailsWithout("app.sign-in-throttle.window");
    }
}
