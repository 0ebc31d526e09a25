package app.skillcurrent.web.certificate;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anyone with the link can check a certificate, as a page or as JSON, without signing in. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CertificateFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;

    private String base;
    private CertificateView certificate;

    @Override
    public Map<String, String> extraProperties() {
        return CertificateFixtures.serverWithPublicUrl();
    }

    @BeforeAll
    void certificate() {
        CertificateFixtures.Published course = fixtures.course("TikTok Shop for small brands", null, 90);
        Account learner = fixtures.graduate("Åse Bjørnstad", course);
        certificate = certificates.ofHolder(learner.id()).get(0);
        base = server.getURL().toString();
    }

    @Test
    void aStrangerSeesWhoWhatWhichVersionWhenAndThatItIsValid() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/certificates/" + certificate.publicId());
        assertEquals(200, response.statusCode());
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""), "a revocation must show at once");
        String page = response.body();
        assertTrue(page.contains("id=\"verdict\">Valid</p>"), page);
        assertTrue(page.contains("Valid. Certified on version 1.0, the current version."), page);
        assertTrue(page.contains("Åse Bjørnstad"));
        assertTrue(page.contains("TikTok Shop for small brands"));
        assertTrue(page.contains("id=\"certified-version\">1.0<"));
        assertTrue(page.contains(certificate.publicId()));
        assertTrue(page.contains(base + "/certificates/" + certificate.publicId()), "the verification URL is printed");
        assertFalse(page.contains("admin-heading"), "strangers get no admin tools");
    }

    @Test
    void theSameFactsComeAsJsonBySuffixOrByAcceptHeader() {
        String url = base + "/certificates/" + certificate.publicId();
        HttpResponse<byte[]> bySuffix = Http.get(url + ".json", "text/html");
        assertEquals(200, bySuffix.statusCode());
        assertTrue(bySuffix.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Map<String, Object> json = Http.json(new String(bySuffix.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(certificate.publicId(), json.get("id"));
        assertEquals(url, json.get("url"));
        assertEquals("Åse Bjørnstad", json.get("holder"));
        assertEquals("1.0", json.get("version"));
        assertEquals("1.0", json.get("currentVersion"));
        assertEquals("ACTIVE", json.get("status"));
        assertEquals(true, json.get("valid"));
        assertEquals("TikTok Shop for small brands", ((Map<?, ?>) json.get("course")).get("title"));
        assertEquals(url + ".jwt", json.get("credential"));

        Map<String, Object> byAccept = Http.json(Http.text(url, "application/json"));
        assertEquals(json.get("id"), byAccept.get("id"));
        assertEquals("ACTIVE", byAccept.get("status"));

        Map<String, Object> api = Http.json(Http.text(base + "/api/v1/certificates/" + certificate.publicId(), "application/json"));
        assertEquals(json, api, "the API gives the same document");
        HttpResponse<byte[]> unknown = Http.get(base + "/api/v1/certificates/" + PublicIds.next(), "application/json");
        assertEquals(404, unknown.statusCode());
        assertEquals(401, Http.get(base + "/api/v1/certificates", "application/json").statusCode(), "a holder's list needs sign-in");
    }

    @Test
    void unknownOrMalformedIdsAreNoSuchCertificate() {
        WebSession stranger = new WebSession(server.getURI());
        for (String path : new String[]{"/certificates/" + PublicIds.next(), "/certificates/not-an-id",
                "/certificates/" + certificate.publicId().toUpperCase(Locale.ROOT), "/certificates/" + certificate.publicId() + ".xml",
                "/certificates/%27%3Bdrop", "/certificates/" + PublicIds.next() + ".pdf"}) {
            HttpResponse<String> response = stranger.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("No such certificate"), path);
        }
        HttpResponse<byte[]> json = Http.get(base + "/certificates/" + PublicIds.next() + ".json", "text/html");
        assertEquals(404, json.statusCode());
        assertEquals(404, ((Number) Http.json(new String(json.body())).get("status")).intValue());
        HttpResponse<byte[]> accept = Http.get(base + "/certificates/" + PublicIds.next(), "application/json");
        assertEquals(404, accept.statusCode());
        assertEquals("No such certificate", Http.json(new String(accept.body())).get("message"));
    }

    @Test
    void theQrCodeOnThePageOpensThisPage() {
        HttpResponse<byte[]> png = Http.get(base + "/certificates/" + certificate.publicId() + "/qr.png", "image/png,*/*");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals(base + "/certificates/" + certificate.publicId(), Http.decodeQr(png.body()));
        assertEquals(404, Http.get(base + "/certificates/" + PublicIds.next() + "/qr.png", "image/png").statusCode());
    }
}
