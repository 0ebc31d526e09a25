package app.skillcurrent.web;

import app.skillcurrent.web.db.EmbeddedDatabase;

import java.util.Map;
import java.util.Properties;

/** Decides between an operator-provided database and the embedded one. */
public final class DatabaseChoice {

    private DatabaseChoice() {
    }

    public static boolean externalUrlConfigured(Map<String, String> env, Properties systemProperties) {
        String fromEnv = env.get("DATASOURCES_DEFAULT_URL");
        String fromProperty = systemProperties.getProperty("datasources.default.url");
        return (fromEnv != null && !fromEnv.isBlank()) || (fromProperty != null && !fromProperty.isBlank());
    }

    public static Map<String, Object> embeddedProperties(EmbeddedDatabase database, String databaseName) {
        return Map.of(
                "datasources.default.url", database.createDatabase(databaseName),
                "datasources.default.username", EmbeddedDatabase.USER,
                "datasources.default.password", EmbeddedDatabase.PASSWORD);
    }
}
