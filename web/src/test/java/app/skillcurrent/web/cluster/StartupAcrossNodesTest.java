package app.skillcurrent.web.cluster;

import app.skillcurrent.testing.GaleraCluster;
import app.skillcurrent.testing.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three servers started at the same moment on an empty database of the cluster, as a deployment brings them up:
 * every URL lists the nodes in the same order, so their start-up work (migrations under Flyway's lock, which is a
 * node's own GET_LOCK, and the keys) meets on one node and is done once.
 */
class StartupAcrossNodesTest {

    @Test
    void serversStartedTogetherOnAnEmptyDatabaseAllComeUpAndMigrateOnce() throws Exception {
        GaleraCluster cluster = GaleraCluster.shared();
        String database = cluster.freshDatabase(StartupAcrossNodesTest.class);
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", cluster.url(database, 1));
        settings.put("datasources.default.username", cluster.username());
        settings.put("datasources.default.password", cluster.password());
        settings.put("app.demo-data.enabled", "false");
        settings.put("micronaut.server.port", "-1");

        List<CompletableFuture<EmbeddedServer>> starting = List.of(
                CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, settings)),
                CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, settings)),
                CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, settings)));
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            for (CompletableFuture<EmbeddedServer> server : starting) {
                assertThat(server.get().isRunning()).isTrue();
            }
            DataSource dataSource = starting.get(0).get().getApplicationContext().getBean(DataSource.class);
            assertThat(Sql.single(dataSource,
                    "SELECT COUNT(*) - COUNT(DISTINCT version) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"))
                    .as("each migration applied once").isZero();
        } finally {
            for (CompletableFuture<EmbeddedServer> server : starting) {
                server.thenAccept(EmbeddedServer::close);
            }
        }
    }
}
