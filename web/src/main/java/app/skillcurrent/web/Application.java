package app.skillcurrent.web;

import app.skillcurrent.web.ops.StartupFailures;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Starts the production server on the database that {@code DATASOURCES_DEFAULT_URL} names. (The development
 * server in {@code web/dev} starts an embedded database first and then this.)
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        if (!databaseConfigured()) {
            LOG.error("No database configured: set DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME and "
                    + "DATASOURCES_DEFAULT_PASSWORD (see README, \"Configuration\"). To try the product without one, "
                    + "run the development server: ./dev server");
            System.exit(2);
        }
        start(args, Map.of());
    }

    /** Runs the server with {@code properties} added to its configuration; start-up failures end the process. */
    public static void start(String[] args, Map<String, Object> properties) {
        new Launcher().args(args).mainClass(Application.class).properties(properties).start();
    }

    private static boolean databaseConfigured() {
        String fromEnv = System.getenv("DATASOURCES_DEFAULT_URL");
        String fromProperty = System.getProperty("datasources.default.url");
        return (fromEnv != null && !fromEnv.isBlank()) || (fromProperty != null && !fromProperty.isBlank());
    }

    /** Turns the usual start-up failures into one line that says what to do. */
    private static final class Launcher extends Micronaut {
        @Override
        protected void handleStartupException(Environment environment, Throwable exception) {
            LOG.error(explain(exception, environment));
            System.exit(1);
        }

        private static String explain(Throwable exception, Environment environment) {
            String port = environment == null ? "8080"
                    : environment.getProperty("micronaut.server.port", String.class, "8080");
            return StartupFailures.explain(exception, port);
        }
    }
}
