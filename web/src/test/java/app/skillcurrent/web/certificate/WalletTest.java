package app.skillcurrent.web.certificate;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.exam.ExamResult;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner's wallet and the ways there: the menu, the exam result, a course's certificate link. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletTest implements DatabaseTest {

    private static final Pattern LINKEDIN = Pattern.compile("href=\"(https://www\\.linkedin\\.com/profile/add\\?[^\"]+)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    CertificateFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;

    private CertificateFixtures.Published course;

    @Override
    public Map<String, String> extraProperties() {
        return CertificateFixtures.serverWithPublicUrl();
    }

    @BeforeAll
    void course() {
        course = fixtures.course("Meta Ads & Reels: first campaign", 12, 90);
    }

    private WebSession signedIn(Account account) {
        WebSession session = new WebSession(server.getURI());
        assertEquals(303, Accounts.signIn(session, account.email(), Fixtures.PASSWORD).statusCode());
        return session;
    }

    @Test
    void theWalletListsEachCertificateWithStatusDownloadsShareLinkAndLinkedIn() {
        Account learner = fixtures.learner("Frida Kähler");
        fixtures.completeLessons(learner.id(), course.slug());
        ExamResult result = fixtures.passExam(learner.id(), course.slug());
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        String id = certificate.publicId();
        String url = server.getURL() + "/certificates/" + id;
        WebSession session = signedIn(learner);

        String resultPage = session.get("/learn/" + course.slug() + "/exam/" + result.attempt().id() + "/result").body();
        assertTrue(resultPage.contains("href=\"/certificates/course/" + course.slug() + "\""), "the result page leads to the certificate");
        HttpResponse<String> toCertificate = session.get("/certificates/course/" + course.slug());
        assertEquals(303, toCertificate.statusCode());
        assertEquals("/certificates/" + id, toCertificate.headers().firstValue("Location").orElseThrow());

        String api = session.get("/api/v1/certificates", "application/json").body();
        assertTrue(api.startsWith("{\"certificates\":[{") && api.contains("\"id\":\"" + id + "\""), "the holder's list as JSON: " + api);

        String wallet = session.get("/certificates").body();
        assertTrue(wallet.contains("<a href=\"/certificates\">Certificates</a>"), "the menu links the wallet");
        assertTrue(wallet.contains("Meta Ads &amp; Reels: first campaign"));
        assertTrue(wallet.contains("badge-ok\">Valid</span>"), wallet);
        assertTrue(wallet.contains("href=\"/certificates/" + id + ".pdf\""));
        assertTrue(wallet.contains("href=\"/certificates/" + id + ".jwt\""));
        assertTrue(wallet.contains("value=\"" + url + "\""), "the share link is the verification URL");

        Matcher linkedIn = LINKEDIN.matcher(wallet);
        assertTrue(linkedIn.find(), wallet);
        Map<String, String> query = query(linkedIn.group(1).replace("&#x3D;", "=").replace("&amp;", "&"));
        ZonedDateTime awarded = certificate.certificate().awardedAt().atZone(ZoneOffset.UTC);
        ZonedDateTime until = certificate.certificate().validUntil().atZone(ZoneOffset.UTC);
        assertEquals("CERTIFICATION_NAME", query.get("startTask"));
        assertEquals("Meta Ads & Reels: first campaign (version 1.0)", query.get("name"));
        assertEquals("Skillcurrent", query.get("organizationName"));
        assertEquals(String.valueOf(awarded.getYear()), query.get("issueYear"));
        assertEquals(String.valueOf(awarded.getMonthValue()), query.get("issueMonth"));
        assertEquals(String.valueOf(until.getYear()), query.get("expirationYear"));
        assertEquals(url, query.get("certUrl"));
        assertEquals(id, query.get("certId"));
    }

    @Test
    void learnersWithoutCertificatesAreToldHowToEarnOneAndStrangersMustSignIn() {
        Account learner = fixtures.learner("Not Yet");
        fixtures.completeLessons(learner.id(), course.slug());
        WebSession session = signedIn(learner);
        assertTrue(session.get("/certificates").body().contains("You have no certificates yet."));
        HttpResponse<String> none = session.get("/certificates/course/" + course.slug());
        assertEquals(303, none.statusCode());
        assertEquals("/certificates", none.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> stranger = new WebSession(server.getURI()).get("/certificates");
        assertEquals(303, stranger.statusCode());
        assertTrue(stranger.headers().firstValue("Location").orElse("").endsWith("/signin"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new HashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
