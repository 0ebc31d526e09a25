package app.skillcurrent.core.support;

import app.skillcurrent.core.fixture.CoreServiceTest;
import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts an application context (no database, no server) with some settings, as the application would read
 * them at start-up. Core's settings have their defaults in the web module's application.yml, so every other
 * setting is given the valid value service tests use ({@link CoreServiceTest#SETTINGS}).
 */
public final class Settings {

    private static final Map<String, Object> VALID = Map.copyOf(CoreServiceTest.SETTINGS);

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
