package app.skillcurrent.web.ops;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a port of their own for the management endpoints ({@code endpoints.all.port}, meant for the
 * operators' network only), metrics are open there to a scraper without an account, and the public port
 * no longer has them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementPortTest implements DatabaseTest {

    private static final int MANAGEMENT_PORT = freePort();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("endpoints.all.port", String.valueOf(MANAGEMENT_PORT));
    }

    @Test
    void metricsAndHealthAreOnTheManagementPortOnly() {
        WebSession management = new WebSession(URI.create("http://localhost:" + MANAGEMENT_PORT));
        HttpResponse<String> metrics = management.get("/prometheus", "text/plain");
        assertThat(metrics.statusCode()).as("a scraper without a session").isEqualTo(200);
        assertThat(metrics.body().lines().filter(line -> line.startsWith("# TYPE jvm_memory_used_bytes "))).hasSize(1);
        HttpResponse<String> health = management.get("/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

        WebSession site = new WebSession(server.getURI());
        assertThat(site.get("/prometheus", "text/plain").statusCode()).isEqualTo(404);
        assertThat(site.get("/", "text/html").statusCode()).isEqualTo(200);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
