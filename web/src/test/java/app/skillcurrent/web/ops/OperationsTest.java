package app.skillcurrent.web.ops;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Pages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and browsers rely on: health, metrics, security headers, scripts only from files. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;

    @Test
    void healthIsUpWithTheDatabaseAndRevealsNoDetailsToStrangers() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}").doesNotContain("jdbc:");
    }

    @Test
    void prometheusMetricsIncludeTheJvmAndHttpServer() {
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, "operator@example.com", "Operator", "en");
        accounts.grantRole(accounts.findByEmail("operator@example.com").orElseThrow().id(), Role.ADMIN);
        session.get("/");
        HttpResponse<String> response = session.get("/prometheus", "text/plain");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(metricFamilies(response.body())).as("the metrics /prometheus declares")
                .contains("jvm_memory_used_bytes", "http_server_requests_seconds", "hikaricp_connections");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/", "/signin", "/no-such-page"}) {
            HttpResponse<String> response = new WebSession(server.getURI()).get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(directives(csp)).as("the Content-Security-Policy of %s", path)
                    .containsEntry("script-src", "'self'")
                    .containsEntry("frame-ancestors", "'none'");
            assertThat(csp).as("the Content-Security-Policy of %s", path).doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void pagesHaveNoInlineScript() {
        Document home = Pages.parse(new WebSession(server.getURI()).get("/"));
        assertThat(home.select("script")).as("every script tag loads a file")
                .allSatisfy(script -> {
                    assertThat(script.hasAttr("src")).as(script.outerHtml()).isTrue();
                    assertThat(script.data()).as(script.outerHtml()).isBlank();
                })
                .extracting(script -> script.attr("src")).contains("/assets/js/app.js");
        List<String> handlers = home.getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream()
                        .filter(attribute -> attribute.getKey().startsWith("on"))
                        .map(attribute -> element.tagName() + " " + describe(attribute)))
                .toList();
        assertThat(handlers).as("inline event handlers").isEmpty();
    }

    @Test
    void stylesAndScriptsAreServedByTheApp() {
        WebSession session = new WebSession(server.getURI());
        assertThat(session.get("/assets/css/app.css", "text/css").statusCode()).isEqualTo(200);
        assertThat(session.get("/assets/js/app.js", "*/*").statusCode()).isEqualTo(200);
    }

    /** The names in the exposition format's {@code # TYPE <name> <type>} lines. */
    private static List<String> metricFamilies(String prometheus) {
        return prometheus.lines()
                .filter(line -> line.startsWith("# TYPE "))
                .map(line -> line.split(" ")[2])
                .toList();
    }

    /** {@code script-src 'self'; frame-ancestors 'none'} as directive name to its sources. */
    private static Map<String, String> directives(String csp) {
        return Arrays.stream(csp.split(";"))
                .map(String::strip)
                .filter(directive -> !directive.isEmpty())
                .collect(Collectors.toMap(directive -> directive.split(" ", 2)[0],
                        directive -> directive.contains(" ") ? directive.split(" ", 2)[1] : ""));
    }

    private static String describe(Attribute attribute) {
        return attribute.getKey() + "=\"" + attribute.getValue() + "\"";
    }
}
