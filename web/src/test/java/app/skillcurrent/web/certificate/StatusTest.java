package app.skillcurrent.web.certificate;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateReminder;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate's status follows the calendar and the course: expiring, expired, update available while a
 * newer major version's renewal window is open, outdated after it closes. Time is moved, never waited for.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusTest implements DatabaseTest {

    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    private CertificateView only(Account learner) {
        List<CertificateView> held = certificates.ofHolder(learner.id());
        assertThat(held).hasSize(1);
        return held.get(0);
    }

    private Document page(String publicId, String language) {
        return Jsoup.parse(new WebSession(server.getURI()).acceptLanguage(language).get("/certificates/" + publicId).body());
    }

    private String verdict(String publicId, String language) {
        return page(publicId, language).select("#verdict").text();
    }

    private String sentence(String publicId, String language) {
        return page(publicId, language).select("#status-sentence").text();
    }

    @Test
    void aCertificateWithAValidityIsExpiringInItsLastThirtyDaysAndThenExpired() {
        Published course = fixtures.course("Community management", 3, 90);
        Account learner = fixtures.graduate("Mette", course);
        CertificateView certificate = only(learner);
        Instant validUntil = certificate.certificate().validUntil();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificates.reminders(certificate)).as("reminders before it expires")
                .extracting(r -> r.kind() + " " + r.daysBefore()).containsExactly("EXPIRY 60", "EXPIRY 30", "EXPIRY 7");
        assertThat(certificates.reminders(certificate).get(2).dueAt()).isEqualTo(validUntil.minus(Duration.ofDays(7)));

        clock.advance(Duration.between(clock.instant(), validUntil.minus(Duration.ofDays(31))));
        assertThat(only(learner).status()).isEqualTo(CertificateStatus.ACTIVE);
        clock.advance(Duration.ofDays(2));
        assertThat(only(learner).status()).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(only(learner).status().valid()).isTrue();
        assertThat(verdict(certificate.publicId(), "en")).isEqualTo("Valid, expiring soon");
        assertThat(page(certificate.publicId(), "en").select(".certificate-verdict").hasClass("verdict-warn")).isTrue();

        clock.advance(Duration.between(clock.instant(), validUntil));
        assertThat(only(learner).status()).isEqualTo(CertificateStatus.EXPIRED);
        Document expired = page(certificate.publicId(), "en");
        assertThat(expired.select("#status-sentence").text()).startsWith("Expired on ");
        assertThat(expired.select(".certificate-verdict").hasClass("verdict-bad")).isTrue();
    }

    @Test
    void aMinorVersionChangesNothingAMajorOneOpensTheRenewalWindowThenItCloses() {
        Published course = fixtures.course("Instagram Reels that travel", null, 90);
        Account learner = fixtures.graduate("Søren", course);
        String id = only(learner).publicId();

        courses.revise(course, Severity.MINOR, "Clearer wording, same rules.");
        CertificateView afterMinor = only(learner);
        assertThat(afterMinor.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(afterMinor.currentVersion()).hasToString("1.1");
        assertThat(afterMinor.newerMajor()).isNull();
        assertThat(sentence(id, "en")).isEqualTo("Valid. Certified on version 1.0; the current version is 1.1.");

        clock.advance(Duration.ofDays(10));
        Instant majorPublished = clock.instant();
        courses.revise(course, Severity.MAJOR, "Reels now reward watch time over likes.");
        CertificateView afterMajor = only(learner);
        assertThat(afterMajor.status()).isEqualTo(CertificateStatus.UPDATE_AVAILABLE);
        assertThat(afterMajor.status().valid()).isTrue();
        assertThat(afterMajor.newerMajor()).hasToString("2.0");
        assertThat(afterMajor.windowClosesAt()).isEqualTo(majorPublished.plus(Duration.ofDays(90)));
        // the shared clock has moved as far as earlier tests took it, so the closing day is worked out
        LocalDate closes = majorPublished.plus(Duration.ofDays(90)).atOffset(ZoneOffset.UTC).toLocalDate();
        String closesEn = closes.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String closesDe = closes.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
        assertThat(verdict(id, "en")).isEqualTo("Valid, update available");
        assertThat(sentence(id, "en")).isEqualTo("Valid. Certified on version 1.0; the current version is 2.0, renewal open until " + closesEn + ".");
        assertThat(sentence(id, "de"))
                .isEqualTo("Gültig. Zertifiziert für Version 1.0; die aktuelle Version ist 2.0, Erneuerung möglich bis " + closesDe + ".");
        assertThat(certificates.reminders(afterMajor)).as("reminders before the window closes")
                .extracting(r -> r.kind() + " " + r.daysBefore()).containsExactly("WINDOW 60", "WINDOW 30", "WINDOW 7");
        CertificateReminder last = certificates.reminders(afterMajor).get(2);
        assertThat(last.dueAt()).isEqualTo(afterMajor.windowClosesAt().minus(Duration.ofDays(7)));

        clock.advance(Duration.ofDays(89));
        assertThat(only(learner).status()).isEqualTo(CertificateStatus.UPDATE_AVAILABLE);
        clock.advance(Duration.ofDays(1));
        assertThat(only(learner).status()).isEqualTo(CertificateStatus.OUTDATED);
        assertThat(only(learner).status().valid()).isFalse();
        assertThat(sentence(id, "en"))
                .isEqualTo("Outdated. Certified on version 1.0; the current version is 2.0, and the renewal window closed on " + closesEn + ".");
    }
}
