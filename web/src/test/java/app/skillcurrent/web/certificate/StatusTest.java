package app.skillcurrent.web.certificate;

import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateReminder;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A certificate's status follows the calendar and the course: expiring, expired, update available while a
 * newer major version's renewal window is open, outdated after it closes. Time is moved, never waited for.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CertificateFixtures fixtures;
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
        assertEquals(1, held.size());
        return held.get(0);
    }

    private String page(String publicId, String language) {
        return new WebSession(server.getURI()).acceptLanguage(language).get("/certificates/" + publicId).body();
    }

    @Test
    void aCertificateWithAValidityIsExpiringInItsLastThirtyDaysAndThenExpired() {
        CertificateFixtures.Published course = fixtures.course("Community management", 3, 90);
        Account learner = fixtures.graduate("Mette", course);
        CertificateView certificate = only(learner);
        Instant validUntil = certificate.certificate().validUntil();
        assertEquals(CertificateStatus.ACTIVE, certificate.status());
        assertEquals(List.of("EXPIRY 60", "EXPIRY 30", "EXPIRY 7"), certificates.reminders(certificate).stream()
                .map(r -> r.kind() + " " + r.daysBefore()).toList(), "reminders before it expires");
        assertEquals(validUntil.minus(Duration.ofDays(7)), certificates.reminders(certificate).get(2).dueAt());

        clock.advance(Duration.between(clock.instant(), validUntil.minus(Duration.ofDays(31))));
        assertEquals(CertificateStatus.ACTIVE, only(learner).status());
        clock.advance(Duration.ofDays(2));
        assertEquals(CertificateStatus.EXPIRING, only(learner).status());
        assertTrue(only(learner).status().valid());
        assertTrue(page(certificate.publicId(), "en").contains("Valid, expiring soon"));

        clock.advance(Duration.between(clock.instant(), validUntil));
        assertEquals(CertificateStatus.EXPIRED, only(learner).status());
        String expired = page(certificate.publicId(), "en");
        assertTrue(expired.contains("Expired on "), expired);
    }

    @Test
    void aMinorVersionChangesNothingAMajorOneOpensTheRenewalWindowThenItCloses() {
        CertificateFixtures.Published course = fixtures.course("Instagram Reels that travel", null, 90);
        Account learner = fixtures.graduate("Søren", course);
        String id = only(learner).publicId();

        fixtures.revise(course, Severity.MINOR, "Clearer wording, same rules.");
        CertificateView afterMinor = only(learner);
        assertEquals(CertificateStatus.ACTIVE, afterMinor.status());
        assertEquals("1.1", afterMinor.currentVersion().toString());
        assertNull(afterMinor.newerMajor());
        assertTrue(page(id, "en").contains("Valid. Certified on version 1.0; the current version is 1.1."), page(id, "en"));

        clock.advance(Duration.ofDays(10));
        Instant majorPublished = clock.instant();
        fixtures.revise(course, Severity.MAJOR, "Reels now reward watch time over likes.");
        CertificateView afterMajor = only(learner);
        assertEquals(CertificateStatus.UPDATE_AVAILABLE, afterMajor.status());
        assertTrue(afterMajor.status().valid());
        assertEquals("2.0", afterMajor.newerMajor().toString());
        assertEquals(majorPublished.plus(Duration.ofDays(90)), afterMajor.windowClosesAt());
        // the shared clock has moved as far as earlier tests took it, so the closing day is worked out
        LocalDate closes = majorPublished.plus(Duration.ofDays(90)).atOffset(ZoneOffset.UTC).toLocalDate();
        String closesEn = closes.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String closesDe = closes.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
        String english = page(id, "en");
        assertTrue(english.contains("Valid, update available"), english);
        assertTrue(english.contains("Valid. Certified on version 1.0; the current version is 2.0, renewal open until " + closesEn + "."), english);
        String german = page(id, "de");
        assertTrue(german.contains("Gültig. Zertifiziert für Version 1.0; die aktuelle Version ist 2.0, Erneuerung möglich bis " + closesDe + "."), german);
        assertEquals(List.of("WINDOW 60", "WINDOW 30", "WINDOW 7"), certificates.reminders(afterMajor).stream()
                .map(r -> r.kind() + " " + r.daysBefore()).toList(), "reminders before the window closes");
        CertificateReminder last = certificates.reminders(afterMajor).get(2);
        assertEquals(afterMajor.windowClosesAt().minus(Duration.ofDays(7)), last.dueAt());

        clock.advance(Duration.ofDays(89));
        assertEquals(CertificateStatus.UPDATE_AVAILABLE, only(learner).status());
        clock.advance(Duration.ofDays(1));
        assertEquals(CertificateStatus.OUTDATED, only(learner).status());
        assertTrue(!only(learner).status().valid());
        String outdated = page(id, "en");
        assertTrue(outdated.contains("Outdated. Certified on version 1.0; the current version is 2.0, and the renewal window closed on " + closesEn + "."), outdated);
    }
}
