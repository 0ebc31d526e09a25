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
    void readsTheFreeFailuresAndTheDelays() {
        try (ApplicationContext context = start(Map.of("app.sign-in-throttle.free-failures", "4",
                "app.sign-in-throttle.free-failures-per-account", "30", "app.sign-in-throttle.free-failures-per-address", "3",
                "app.sign-in-throttle.first-delay", "30s", "app.sign-in-throttle.max-delay", "1h",
                "app.sign-in-throttle.forget-after", "2d"))) {
            assertThat(context.getBean(SignInThrottleConfiguration.class)).isEqualTo(new SignInThrottleConfiguration(
                    4, 30, 3, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(2)));
        }
    }

    @Test
    void aWrongValueStopsTheStartWithItsKey() {
        assertStartFails(Map.of("app.sign-in-throttle.free-failures", "0"),
                "app.sign-in-throttle.free-failures must be a whole number above 0, not 0");
        assertStartFails(Map.of("app.sign-in-throttle.free-failures-per-address", "-1"),
                "app.sign-in-throttle.free-failures-per-address must be a whole number above 0, not -1");
        assertStartFails(Map.of("app.sign-in-throttle.free-failures-per-account", "twenty"),
                "app.sign-in-throttle.free-failures-per-account");
        assertStartFails(Map.of("app.sign-in-throttle.first-delay", "0s"),
                "app.sign-in-throttle.first-delay must be a positive duration such as 1m, not PT0S");
        assertStartFails(Map.of("app.sign-in-throttle.forget-after", "10m"),
                "app.sign-in-throttle.forget-after must be longer than app.sign-in-throttle.max-delay");
        for (String key : new String[]{"free-failures", "free-failures-per-account", "free-failures-per-address",
                "first-delay", "max-delay", "forget-after"}) {
            assertStartFailsWithout("app.sign-in-throttle." + key);
        }
    }
}
