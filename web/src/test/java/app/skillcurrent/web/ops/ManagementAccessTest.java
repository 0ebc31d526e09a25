package app.skillcurrent.web.ops;

import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics and health details name the database's address, versions and disk: only platform admins see them.
 * Everyone else, load balancers included, learns UP or DOWN.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementAccessTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    CoreFixtures fixtures;

    @Test
    void visitorsAndOrdinaryAccountsGetTheBareHealthStatus() throws IOException {
        for (WebSession session : new WebSession[]{new WebSession(server.getURI()), signedIn(false)}) {
            HttpResponse<String> health = session.get("/health", "application/json");
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode body = json.readValue(health.body(), JsonNode.class);
            assertThat(body.size()).as(health.body()).isEqualTo(1);
            assertThat(body.get("status").getStringValue()).isEqualTo("UP");
        }
    }

    @Test
    void aPlatformAdminGetsTheHealthDetails() throws IOException {
        HttpResponse<String> health = signedIn(true).get("/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode details = json.readValue(health.body(), JsonNode.class).get("details");
        assertThat(details).as(health.body()).isNotNull();
        assertThat(details.get("jdbc")).as("the database's check, with its address").isNotNull();
    }

    @Test
    void metricsAreForPlatformAdminsOnly() {
        WebSession visitor = new WebSession(server.getURI());
        assertThat(visitor.get("/prometheus", "text/plain").statusCode()).as("a scraper without a session").isEqualTo(401);

        HttpResponse<String> learner = signedIn(false).get("/prometheus", "text/plain");
        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(learner.body()).doesNotContain("jvm_memory_used_bytes");

        HttpResponse<String> admin = signedIn(true).get("/prometheus", "text/plain");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body().lines().filter(line -> line.startsWith("# TYPE jvm_memory_used_bytes "))).hasSize(1);
    }

    private WebSession signedIn(boolean admin) {
        return Accounts.signedIn(server.getURI(), admin ? fixtures.account(Role.ADMIN) : fixtures.account());
    }
}
