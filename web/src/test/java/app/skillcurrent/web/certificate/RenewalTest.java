package app.skillcurrent.web.certificate;

import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateEvent;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import app.skillcurrent.web.support.TestClock;
import app.skillcurrent.web.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a major version, a certificate is renewed by reading only the changed lessons and passing a short
 * quiz on them; the renewed certificate names the new version and keeps the original award date.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalTest implements DatabaseTest {

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
    @Inject
    Enrolments enrolments;
    @Inject
    LearnerDashboard dashboard;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    private WebSession signedIn(Account account) {
        WebSession session = new WebSession(server.getURI());
        assertEquals(303, Accounts.signIn(session, account.email(), Fixtures.PASSWORD).statusCode());
        return session;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void renewingAsksOnlyForTheChangedLessonsAndKeepsTheAwardDate() {
        CertificateFixtures.Published course = fixtures.course("X Communities", null, 90);
        Account learner = fixtures.graduate("Renate", course);
        CertificateView original = certificates.ofHolder(learner.id()).get(0);
        String id = original.publicId();
        WebSession session = signedIn(learner);

        HttpResponse<String> nothingToRenew = session.get("/certificates/" + id + "/renew");
        assertEquals(409, nothingToRenew.statusCode(), "no major version, nothing to renew");
        assertTrue(nothingToRenew.body().contains("no newer major version"), nothingToRenew.body());
        session.get("/certificates/" + id);
        assertEquals(409, session.post("/certificates/" + id + "/renew", Map.of()).statusCode());

        clock.advance(Duration.ofDays(40));
        fixtures.revise(course, Severity.MAJOR, "Communities moved to their own tab.");
        assertTrue(session.get("/certificates/" + id).body().contains("href=\"/certificates/" + id + "/renew\""),
                "the holder is offered the renewal");
        String plan = session.get("/certificates/" + id + "/renew").body();
        assertTrue(plan.contains("Communities moved to their own tab."), "the changed lesson is there to read");
        assertFalse(plan.contains("Write for the silent viewer."), "the unchanged lesson is not asked for again");

        HttpResponse<String> started = session.post("/certificates/" + id + "/renew", Map.of());
        assertEquals(303, started.statusCode());
        String attempt = location(started);
        String quiz = session.get(attempt).body();
        assertTrue(quiz.contains("What is right about Hooks?"), quiz);
        assertFalse(quiz.contains("What is right about Captions?"), "questions come from the changed lessons only");

        HttpResponse<String> failed = session.post(attempt, Map.of("q0", "b"));
        assertEquals(303, failed.statusCode());
        assertEquals("/certificates/" + id + "/renew", location(failed));
        assertEquals(1, certificates.ofHolder(learner.id()).size(), "failing renews nothing");
        session.get("/certificates/" + id + "/renew");
        assertEquals(409, session.post("/certificates/" + id + "/renew", Map.of()).statusCode(), "a short wait before retrying");

        clock.advance(Duration.ofMinutes(11));
        session.get("/certificates/" + id + "/renew");
        String retry = location(session.post("/certificates/" + id + "/renew", Map.of()));
        session.get(retry);
        HttpResponse<String> passed = session.post(retry, Map.of("q0", "a"));
        assertEquals(303, passed.statusCode());
        String renewedId = location(passed).substring("/certificates/".length());

        CertificateView renewed = certificates.find(renewedId).orElseThrow();
        assertEquals("2.0", renewed.certificate().version().toString());
        assertEquals(original.certificate().awardedAt(), renewed.certificate().awardedAt(), "the original award date is kept");
        assertEquals(clock.instant(), renewed.certificate().issuedAt());
        assertEquals(id, renewed.renewedFrom());
        assertEquals(CertificateStatus.ACTIVE, renewed.status());
        assertEquals(List.of("RENEW"), certificates.history(renewed).stream().map(CertificateEvent::action).toList());
        CertificateView old = certificates.find(id).orElseThrow();
        assertEquals(renewedId, old.renewedBy());
        assertTrue(certificates.reminders(old).isEmpty(), "no reminders about a window that no longer matters");
        String renewedPage = session.get("/certificates/" + renewedId).body();
        assertTrue(renewedPage.contains("Valid. Certified on version 2.0, the current version."), renewedPage);

        LearnerDashboard.CourseProgress followed = dashboard.progressOf(learner.id(), enrolments.open(learner.id(), course.slug()));
        assertEquals("2.0", followed.version(), "the learner now follows the renewed version");
        assertTrue(followed.completed(), "read lessons and the delta quiz stand for the changed lessons and the exam");
        assertTrue(session.get("/dashboard").body().contains("id=\"completed-heading\""));

        session.get("/certificates/" + id);
        assertEquals(409, session.post("/certificates/" + id + "/renew", Map.of()).statusCode(), "renewed once");
        assertEquals(2, certificates.ofHolder(learner.id()).size());
    }

    @Test
    void noRenewalAfterTheWindowClosesOrForSomeoneElsesCertificate() {
        CertificateFixtures.Published course = fixtures.course("YouTube community posts", null, 30);
        Account late = fixtures.graduate("Late Lasse", course);
        String id = certificates.ofHolder(late.id()).get(0).publicId();
        fixtures.revise(course, Severity.MAJOR, "Posts moved under the channel tab.");

        WebSession stranger = signedIn(fixtures.learner("Someone Else"));
        assertEquals(404, stranger.get("/certificates/" + id + "/renew").statusCode());

        clock.advance(Duration.ofDays(31));
        assertEquals(CertificateStatus.OUTDATED, certificates.find(id).orElseThrow().status());
        HttpResponse<String> closed = signedIn(late).get("/certificates/" + id + "/renew");
        assertEquals(409, closed.statusCode());
        assertTrue(closed.body().contains("renewal window has closed"), closed.body());
    }
}
