package app.skillcurrent.core.support;

import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts an application context (no database, no server) with some settings, as the application would read
 * them at start-up. Core's settings have their defaults in the web module's application.yml, so every other
 * setting is given a valid value here.
 */
public final class Settings {

    private static final Map<String, Object> VALID = Map.of(
            "app.public-url", "http://localhost:8080",
            "app.issuer-name", "Skillcurrent",
            "app.exam.cooldown", "10m",
            "app.sign-in-throttle.free-failures", "5",
            "app.sign-in-throttle.free-failures-per-account", "20",
            "app.sign-in-throttle.free-failures-per-address", "50",
            "app.sign-in-throttle.first-delay", "1m",
            "app.sign-in-throttle.max-delay", "15m",
            "app.sign-in-throttle.forget-after", "24h");

    private Settings() {
    }

    public static ApplicationContext start(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(VALID);
        all.putAll(settings);
        return ApplicationContext.run(all);
    }

    /** Starting with every setting but this one fails, and one of the messages on the way names it. */
    public static void assertStartFailsWithout(String key) {
        Map<String, Object> all = new HashMap<>(VALID);
        all.remove(key);
        assertThatThrownBy(() -> ApplicationContext.run(all).close())
                .as("starting without %s", key)
                .satisfies(e -> assertThat(messages(e)).contains(key));
    }

    /** Starting with these settings fails, and one of the messages on the way says this. */
    public static void assertStartFails(Map<String, Object> settings, String message) {
        assertThatThrownBy(() -> start(settings).close())
                .as("starting with %s", settings)
                .satisfies(e -> assertThat(messages(e)).contains(message));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
