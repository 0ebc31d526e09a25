package app.skillcurrent.web.cluster;

import app.skillcurrent.testing.GaleraCluster;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Implemented by {@code @MicronautTest} classes (with {@code @TestInstance(PER_CLASS)}) that run on the shared
 * Galera cluster: the test's own server reaches it through database node 1 first, and {@link #serverOn(int)}
 * starts more application servers whose nearest database node is another one, each with its own caches and
 * connection pool, as separate machines would have.
 */
interface ClusterTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> settings = settings(Databases.of(getClass()), 1);
        settings.putAll(extraProperties());
        return settings;
    }

    /** Settings every server of the test gets besides the database's ({@code TestClock.ENABLED}, say). */
    default Map<String, String> extraProperties() {
        return Map.of();
    }

    /** Another application server on the same database, connected to database node {@code first} first. */
    default EmbeddedServer serverOn(int first) {
        Map<String, Object> settings = new HashMap<>(settings(Databases.of(getClass()), first));
        settings.putAll(extraProperties());
        return ApplicationContext.run(EmbeddedServer.class, settings);
    }

    private static Map<String, String> settings(String database, int first) {
        GaleraCluster cluster = GaleraCluster.shared();
        Map<String, String> settings = new HashMap<>();
        settings.put("datasources.default.url", cluster.url(database, first));
        settings.put("datasources.default.username", cluster.username());
        settings.put("datasources.default.password", cluster.password());
        settings.put("app.demo-data.enabled", "false");
        settings.put("micronaut.server.port", "-1");
        return settings;
    }

    /** One database per test class, made when the class first asks. */
    final class Databases {
        private static final Map<Class<?>, String> BY_CLASS = new HashMap<>();

        static synchronized String of(Class<?> testClass) {
            return BY_CLASS.computeIfAbsent(testClass, c -> GaleraCluster.shared().freshDatabase(c));
        }

        private Databases() {
        }
    }
}
