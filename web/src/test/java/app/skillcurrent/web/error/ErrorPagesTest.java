package app.skillcurrent.web.error;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Pages;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error is a page in the site's layout and the visitor's language, or JSON for API clients; never a stack trace. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void anUnknownAddressGetsTheStyledNotFoundPageInTheVisitorsLanguage() {
        HttpResponse<String> response = new WebSession(server.getURI()).acceptLanguage("de").get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Pages.parse(response);
        assertThat(page.select(".error-page .error-code").text()).isEqualTo("404");
        assertThat(page.select(".error-page h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(page.select(".error-page h1 + p").text())
                .isEqualTo("Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben oder der Link ist falsch geschrieben.");
        assertThat(page.select("link[rel=stylesheet]")).extracting(link -> link.attr("href"))
                .as("inside the site layout").containsExactly("/assets/css/app.css");
        assertThat(page.select(".error-page a.button")).extracting(link -> link.attr("href"))
                .as("a way back home").containsExactly("/");
    }

    @Test
    void apiClientsGetJsonNotHtml() throws IOException {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/api/v1/nothing", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readValue(response.body(), JsonNode.class);
        assertThat(body.isObject()).as(response.body()).isTrue();
        assertThat(body.get("message")).as("the error has a message: %s", response.body()).isNotNull();
    }

    @Test
    void malformedRequestsGetA4xxPageAndNoStackTrace() {
        WebSession session = new WebSession(server.getURI());
        session.get("/signin");
        HttpResponse<String> wrongMethod = session.post("/health", Map.of());
        assertThat(wrongMethod.statusCode()).as("POST to /health").isBetween(400, 499);
        HttpResponse<String> tooLarge = session.post("/signup", Map.of("email", "big@example.com", "displayName",
                "x".repeat(2_000_000), "password", "long-enough-password", "locale", "en"));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Pages.parse(tooLarge).select(".error-page h1 + p").text())
                .isEqualTo("What you sent is larger than this page accepts.");
        for (HttpResponse<String> response : List.of(wrongMethod, tooLarge)) {
            assertThat(response.body()).as("the %d answer", response.statusCode())
                    .doesNotContain("Exception")
                    .doesNotContain("at app.skillcurrent");
        }
    }
}
