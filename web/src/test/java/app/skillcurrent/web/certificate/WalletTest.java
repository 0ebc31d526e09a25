package app.skillcurrent.web.certificate;

import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.exam.ExamResult;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.assertj.core.api.InstanceOfAssertFactories.map;

/** The learner's wallet and the ways there: the menu, the exam result, a course's certificate link. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;

    private Published course;

    @Override
    public Map<String, String> extraProperties() {
        return CertificateFixtures.serverWithPublicUrl();
    }

    @BeforeAll
    void course() {
        course = fixtures.course("Meta Ads & Reels: first campaign", 12, 90);
    }

    @Test
    void theWalletListsEachCertificateWithStatusDownloadsShareLinkAndLinkedIn() {
        Account learner = fixtures.learner("Frida Kähler");
        fixtures.completeLessons(learner.id(), course.slug());
        ExamResult result = fixtures.passExam(learner.id(), course.slug());
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        String id = certificate.publicId();
        String url = server.getURL() + "/certificates/" + id;
        WebSession session = Accounts.signedIn(server.getURI(), learner);

        Document resultPage = Jsoup.parse(session.get("/learn/" + course.slug() + "/exam/" + result.attempt().id() + "/result").body());
        assertThat(resultPage.select("a[href=/certificates/course/" + course.slug() + "]"))
                .as("the result page leads to the certificate").isNotEmpty();
        HttpResponse<String> toCertificate = session.get("/certificates/course/" + course.slug());
        assertThat(toCertificate.statusCode()).isEqualTo(303);
        assertThat(toCertificate.headers().firstValue("Location")).hasValue("/certificates/" + id);

        String api = session.get("/api/v1/certificates", "application/json").body();
        assertThat(api).as("the holder's list as JSON").startsWith("{\"certificates\":[{");
        assertThat(Http.json(api).get("certificates")).asInstanceOf(list(Object.class)).singleElement()
                .asInstanceOf(map(String.class, Object.class)).containsEntry("id", id).containsEntry("url", url);

        Document wallet = Jsoup.parse(session.get("/certificates").body());
        assertThat(wallet.select("a[href=/certificates]").eachText()).as("the menu links the wallet").contains("Certificates");
        Element card = wallet.selectFirst("#certificate-" + id);
        assertThat(card).isNotNull();
        assertThat(card.select("h2 a").text()).isEqualTo("Meta Ads & Reels: first campaign");
        assertThat(card.select("h2 .meta").text()).isEqualTo("version 1.0");
        assertThat(card.select(".badge").text()).isEqualTo("Valid");
        assertThat(card.select(".badge").hasClass("badge-ok")).isTrue();
        assertThat(card.select(".certificate-links a").eachText())
                .containsExactly("Printable certificate (PDF)", "Digital credential (Open Badges)", "Add to your LinkedIn profile");
        assertThat(card.select(".certificate-links a").eachAttr("href")).startsWith("/certificates/" + id + ".pdf",
                "/certificates/" + id + ".jwt");
        assertThat(card.select("input.share-link").val()).as("the share link is the verification URL").isEqualTo(url);
        assertThat(card.select("label[for=share-" + id + "]").text()).isEqualTo("Share link");

        Map<String, String> query = query(card.select("a.linkedin-link").attr("href"));
        ZonedDateTime awarded = certificate.certificate().awardedAt().atZone(ZoneOffset.UTC);
        ZonedDateTime until = certificate.certificate().validUntil().atZone(ZoneOffset.UTC);
        assertThat(query).containsEntry("startTask", "CERTIFICATION_NAME")
                .containsEntry("name", "Meta Ads & Reels: first campaign (version 1.0)")
                .containsEntry("organizationName", "Skillcurrent")
                .containsEntry("issueYear", String.valueOf(awarded.getYear()))
                .containsEntry("issueMonth", String.valueOf(awarded.getMonthValue()))
                .containsEntry("expirationYear", String.valueOf(until.getYear()))
                .containsEntry("certUrl", url)
                .containsEntry("certId", id);
    }

    @Test
    void learnersWithoutCertificatesAreToldHowToEarnOneAndStrangersMustSignIn() {
        Account learner = fixtures.learner("Not Yet");
        fixtures.completeLessons(learner.id(), course.slug());
        WebSession session = Accounts.signedIn(server.getURI(), learner);
        assertThat(Jsoup.parse(session.get("/certificates").body()).select(".empty-state").text())
                .startsWith("You have no certificates yet.");
        HttpResponse<String> none = session.get("/certificates/course/" + course.slug());
        assertThat(none.statusCode()).isEqualTo(303);
        assertThat(none.headers().firstValue("Location")).hasValue("/certificates");
        assertThat(Jsoup.parse(session.get("/certificates").body()).select(".flash").text())
                .isEqualTo("There is no certificate for that course yet.");

        HttpResponse<String> stranger = new WebSession(server.getURI()).get("/certificates");
        assertThat(stranger.statusCode()).isEqualTo(303);
        assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/signin"));
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
