package app.skillcurrent.web.error;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void anUnknownAddressGetsTheStyledNotFoundPageInTheVisitorsLanguage() {
        HttpResponse<String> response = new WebSession(server.getURI()).acceptLanguage("de").get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("Seite nicht gefunden"));
        assertTrue(response.body().contains("/assets/css/app.css"), "inside the site layout");
    }

    @Test
    void apiClientsGetJsonNotHtml() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/api/v1/nothing", "application/json");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().startsWith("{"), response.body());
    }

    @Test
    void malformedRequestsGetA4xxPageAndNoStackTrace() {
        WebSession session = new WebSession(server.getURI());
        session.get("/signin");
        HttpResponse<String> wrongMethod = session.post("/health", Map.of());
        assertTrue(wrongMethod.statusCode() >= 400 && wrongMethod.statusCode() < 500, "status " + wrongMethod.statusCode());
        HttpResponse<String> tooLarge = session.post("/signup", Map.of("email", "big@example.com", "displayName",
                "x".repeat(2_000_000), "password", "long-enough-password", "locale", "en"));
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("larger than this page accepts"), tooLarge.body());
        for (HttpResponse<String> response : java.util.List.of(wrongMethod, tooLarge)) {
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("at app.skillcurrent"), response.body());
        }
    }
}
