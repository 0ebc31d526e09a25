package app.skillcurrent.web.ops;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void healthIsUpWithTheDatabaseAndRevealsNoDetailsToStrangers() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/health", "application/json");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", response.body());
        assertFalse(response.body().contains("jdbc:"));
    }

    @Test
    void prometheusMetricsIncludeTheJvmAndHttpServer() {
        WebSession session = new WebSession(server.getURI());
        session.get("/");
        HttpResponse<String> response = session.get("/prometheus", "text/plain");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("jvm_memory_used_bytes"));
        assertTrue(response.body().contains("http_server_requests_seconds"));
        assertTrue(response.body().contains("hikaricp_connections"));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/", "/signin", "/no-such-page"}) {
            HttpResponse<String> response = new WebSession(server.getURI()).get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
        }
    }

    @Test
    void pagesHaveNoInlineScript() {
        String home = new WebSession(server.getURI()).get("/").body();
        assertTrue(home.contains("<script src=\"/assets/js/app.js\""));
        assertFalse(home.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "every script tag loads a file");
        assertFalse(home.contains(" onclick="));
    }

    @Test
    void stylesAndScriptsAreServedByTheApp() {
        WebSession session = new WebSession(server.getURI());
        assertEquals(200, session.get("/assets/css/app.css", "text/css").statusCode());
        assertEquals(200, session.get("/assets/js/app.js", "*/*").statusCode());
    }
}
