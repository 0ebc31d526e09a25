package app.skillcurrent.testing;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Implemented by {@code @MicronautTest} classes (with {@code @TestInstance(PER_CLASS)}): points the
 * application at a fresh database on the shared embedded server. Override {@link #extraProperties()} to add
 * settings.
 */
public interface DatabaseTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", TestDatabase.freshDatabase(getClass()));
        properties.put("datasources.default.username", TestDatabase.server().username());
        properties.put("datasources.default.password", TestDatabase.server().password());
        properties.put("app.demo-data.enabled", "false");
        // a random port, so tests run while a development server holds 8080
        properties.put("micronaut.server.port", "-1");
        properties.putAll(extraProperties());
        return properties;
    }

    default Map<String, String> extraProperties() {
        return Map.of();
    }
}
