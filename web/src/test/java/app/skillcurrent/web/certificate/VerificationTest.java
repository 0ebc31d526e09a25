package app.skillcurrent.web.certificate;

import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.map;

/** Anyone with the link can check a certificate, as a page or as JSON, without signing in. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
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
        Published course = fixtures.course("TikTok Shop for small brands", null, 90);
        Account learner = fixtures.graduate("Åse Bjørnstad", course);
        certificate = certificates.ofHolder(learner.id()).get(0);
        base = server.getURL().toString();
    }

    @Test
    void aStrangerSeesWhoWhatWhichVersionWhenAndThatItIsValid() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/certificates/" + certificate.publicId());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).as("a revocation must show at once").hasValue("no-cache");
        assertThat(response.headers().firstValue("Vary")).as("the same address also answers JSON").hasValue("Accept");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#verdict").text()).isEqualTo("Valid");
        assertThat(page.select("#status-sentence").text()).isEqualTo("Valid. Certified on version 1.0, the current version.");
        assertThat(page.select("h1").text()).isEqualTo("Åse Bjørnstad");
        assertThat(page.select(".certificate-facts dt").eachText())
                .containsExactly("Holder", "Course", "Version", "Awarded", "Certificate ID", "Issued by");
        assertThat(page.select(".certificate-facts dd").eachText()).containsExactly("Åse Bjørnstad",
                "TikTok Shop for small brands", "1.0", awardedOn(), certificate.publicId(), "Skillcurrent");
        assertThat(page.select("#certified-version").text()).isEqualTo("1.0");
        assertThat(page.select("#verification-url").text()).as("the verification URL is printed")
                .isEqualTo(base + "/certificates/" + certificate.publicId());
        assertThat(page.select(".certificate-qr img").attr("src")).isEqualTo("/certificates/" + certificate.publicId() + "/qr.png");
        assertThat(page.select(".certificate-links a").eachAttr("href")).containsExactly(
                "/certificates/" + certificate.publicId() + ".pdf", "/certificates/" + certificate.publicId() + ".jwt",
                "/certificates/" + certificate.publicId() + ".json");
        assertThat(page.select("#admin-heading")).as("strangers get no admin tools").isEmpty();
        assertThat(page.select("a[href=/certificates]")).as("nor the holder's wallet button").isEmpty();
    }

    private String awardedOn() {
        return certificate.certificate().awardedAt().atZone(ZoneOffset.UTC).toLocalDate()
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    @Test
    void theSameFactsComeAsJsonBySuffixOrByAcceptHeader() {
        String url = base + "/certificates/" + certificate.publicId();
        HttpResponse<byte[]> bySuffix = Http.get(url + ".json", "text/html");
        assertThat(bySuffix.statusCode()).isEqualTo(200);
        assertThat(bySuffix.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(bySuffix.headers().firstValue("Cache-Control")).hasValue("no-cache");
        Map<String, Object> json = Http.json(new String(bySuffix.body(), StandardCharsets.UTF_8));
        assertThat(json.keySet()).as("every field, always, in this order").containsExactly("id", "url", "holder", "course",
                "version", "currentVersion", "awardedAt", "issuedAt", "validUntil", "status", "valid", "statusText",
                "reason", "newerMajorVersion", "renewalOpenUntil", "renewedBy", "renewedFrom", "issuer", "credential", "pdf");
        assertThat(json).containsEntry("id", certificate.publicId()).containsEntry("url", url)
                .containsEntry("holder", "Åse Bjørnstad").containsEntry("version", "1.0").containsEntry("currentVersion", "1.0")
                .containsEntry("awardedAt", certificate.certificate().awardedAt().toString())
                .containsEntry("validUntil", null).containsEntry("status", "ACTIVE").containsEntry("valid", true)
                .containsEntry("statusText", "Valid. Certified on version 1.0, the current version.")
                .containsEntry("reason", null).containsEntry("renewedBy", null)
                .containsEntry("issuer", base + "/issuer").containsEntry("credential", url + ".jwt").containsEntry("pdf", url + ".pdf");
        assertThat(json.get("course")).asInstanceOf(map(String.class, Object.class)).containsEntry("title", "TikTok Shop for small brands")
                .containsEntry("url", base + "/courses/" + certificate.courseSlug());

        HttpResponse<byte[]> byAcceptResponse = Http.get(url, "application/json");
        assertThat(byAcceptResponse.headers().firstValue("Vary")).hasValue("Accept");
        Map<String, Object> byAccept = Http.json(new String(byAcceptResponse.body(), StandardCharsets.UTF_8));
        assertThat(byAccept).as("the same document").isEqualTo(json);

        HttpResponse<byte[]> apiResponse = Http.get(base + "/api/v1/certificates/" + certificate.publicId(), "application/json");
        assertThat(apiResponse.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(new String(apiResponse.body(), StandardCharsets.UTF_8)).as("the API gives the same document, byte for byte")
                .isEqualTo(new String(bySuffix.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> unknown = Http.get(base + "/api/v1/certificates/" + PublicIds.next(), "application/json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(new String(unknown.body(), StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("status", 404L, "message", "No such certificate"));
        assertThat(Http.get(base + "/api/v1/certificates", "application/json").statusCode()).as("a holder's list needs sign-in")
                .isEqualTo(401);
    }

    @Test
    void unknownOrMalformedIdsAreNoSuchCertificate() {
        WebSession stranger = new WebSession(server.getURI());
        for (String path : new String[]{"/certificates/" + PublicIds.next(), "/certificates/not-an-id",
                "/certificates/" + certificate.publicId().toUpperCase(Locale.ROOT), "/certificates/" + certificate.publicId() + ".xml",
                "/certificates/%27%3Bdrop", "/certificates/" + PublicIds.next() + ".pdf"}) {
            HttpResponse<String> response = stranger.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select(".error-code").text()).as(path).isEqualTo("404");
            assertThat(page.select("h1").text()).as(path).isEqualTo("No such certificate");
            assertThat(page.select(".error-page p").eachText()).as(path).contains(
                    "There is no certificate at this address. Check that the link is complete and typed correctly.");
        }
        HttpResponse<byte[]> json = Http.get(base + "/certificates/" + PublicIds.next() + ".json", "text/html");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(Http.json(new String(json.body(), StandardCharsets.UTF_8))).containsEntry("status", 404L);
        HttpResponse<byte[]> accept = Http.get(base + "/certificates/" + PublicIds.next(), "application/json");
        assertThat(accept.statusCode()).isEqualTo(404);
        assertThat(Http.json(new String(accept.body(), StandardCharsets.UTF_8))).containsEntry("message", "No such certificate");
    }

    @Test
    void theQrCodeOnThePageOpensThisPage() {
        HttpResponse<byte[]> png = Http.get(base + "/certificates/" + certificate.publicId() + "/qr.png", "image/png,*/*");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(Http.decodeQr(png.body())).isEqualTo(base + "/certificates/" + certificate.publicId());
        HttpResponse<byte[]> unknown = Http.get(base + "/certificates/" + PublicIds.next() + "/qr.png", "image/png");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
