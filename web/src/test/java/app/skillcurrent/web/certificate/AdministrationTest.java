package app.skillcurrent.web.certificate;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.certificate.CertificateEvent;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
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

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course's instructors and platform admins suspend, reinstate and revoke certificates from the
 * verification page, always with a reason; everyone else is refused, and every change is audited.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CertificateFixtures fixtures;
    @Inject
    AccountService accounts;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;

    private CertificateFixtures.Published course;

    @BeforeAll
    void course() {
        course = fixtures.course("YouTube Shorts analytics", null, 90);
    }

    private WebSession signedIn(long accountId) {
        WebSession session = new WebSession(server.getURI());
        assertEquals(303, Accounts.signIn(session, accounts.findById(accountId).orElseThrow().email(), Fixtures.PASSWORD).statusCode());
        return session;
    }

    private CertificateView graduate(String name) {
        Account learner = fixtures.graduate(name, course);
        return certificates.ofHolder(learner.id()).get(0);
    }

    private static Map<String, String> form(String action, String reason) {
        return Map.of("action", action, "reason", reason);
    }

    @Test
    void theInstructorSuspendsReinstatesAndRevokesWithReasonsAndEveryoneSeesItAtOnce() {
        CertificateView certificate = graduate("Holger");
        String page = "/certificates/" + certificate.publicId();
        String status = page + "/status";
        WebSession instructor = signedIn(course.instructor().accountId());
        String adminPage = instructor.get(page).body();
        assertTrue(adminPage.contains("admin-heading"), "the course's instructor gets the admin tools");
        assertTrue(adminPage.contains("value=\"suspend\"") && adminPage.contains("value=\"revoke\""));
        assertFalse(adminPage.contains("value=\"reinstate\""), "nothing to reinstate yet");

        HttpResponse<String> noReason = instructor.post(status, form("suspend", "   "));
        assertEquals(422, noReason.statusCode());
        assertTrue(noReason.body().contains("reason-suspend-error"), "the reason is required");
        assertEquals(CertificateStatus.ACTIVE, certificates.find(certificate.publicId()).orElseThrow().status());

        HttpResponse<String> suspended = instructor.post(status, form("suspend", "Checking a complaint about copied answers."));
        assertEquals(303, suspended.statusCode());
        String publicView = new WebSession(server.getURI()).get(page).body();
        assertTrue(publicView.contains("id=\"verdict\">Suspended</p>"), publicView);
        assertTrue(publicView.contains("Checking a complaint about copied answers."), "the reason is public");
        assertEquals("SUSPENDED", Http.json(Http.text(server.getURL() + page + ".json", "application/json")).get("status"));

        instructor.get(page);
        HttpResponse<String> again = instructor.post(status, form("suspend", "Twice."));
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("already suspended. Nothing was changed."));

        instructor.get(page);
        assertEquals(303, instructor.post(status, form("reinstate", "The complaint was unfounded.")).statusCode());
        assertTrue(new WebSession(server.getURI()).get(page).body().contains("id=\"verdict\">Valid</p>"));

        instructor.get(page);
        HttpResponse<String> unconfirmed = instructor.post(status, form("revoke", "Exam sat by someone else."));
        assertEquals(422, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("Confirm that you want to revoke this certificate."));
        assertTrue(unconfirmed.body().contains("Exam sat by someone else."), "the reason typed is kept");
        assertEquals(CertificateStatus.ACTIVE, certificates.find(certificate.publicId()).orElseThrow().status());

        HttpResponse<String> revoked = instructor.post(status, Map.of("action", "revoke", "reason", "Exam sat by someone else.", "confirm", "yes"));
        assertEquals(303, revoked.statusCode());
        String revokedPage = new WebSession(server.getURI()).get(page).body();
        assertTrue(revokedPage.contains("id=\"verdict\">Revoked</p>"), revokedPage);
        assertTrue(revokedPage.contains("Exam sat by someone else."));

        String finalPage = instructor.get(page).body();
        assertTrue(finalPage.contains("Revoking is final."));
        HttpResponse<String> twice = instructor.post(status, Map.of("action", "revoke", "reason", "Again.", "confirm", "yes"));
        assertEquals(409, twice.statusCode(), "revoking twice is refused");
        assertTrue(twice.body().contains("already revoked. Nothing was changed."));
        HttpResponse<String> reinstate = instructor.post(status, form("reinstate", "Undo."));
        assertEquals(409, reinstate.statusCode(), "revoking is final");

        List<CertificateEvent> history = certificates.history(certificates.find(certificate.publicId()).orElseThrow());
        assertEquals(List.of("ISSUE", "SUSPEND", "REINSTATE", "REVOKE"), history.stream().map(CertificateEvent::action).toList());
        CertificateEvent revocation = history.get(3);
        assertEquals("Pat", revocation.actorName(), "who");
        assertEquals("ACTIVE", revocation.fromState());
        assertEquals("REVOKED", revocation.toState());
        assertEquals("Exam sat by someone else.", revocation.reason(), "why");
        assertTrue(instructor.get(page).body().contains("The complaint was unfounded."), "the trail is on the admin view");
    }

    @Test
    void onlyTheCoursesInstructorsAndPlatformAdminsMayChangeACertificate() {
        CertificateView certificate = graduate("Hanne");
        String page = "/certificates/" + certificate.publicId();
        String status = page + "/status";

        WebSession holder = signedIn(certificate.certificate().userId());
        assertFalse(holder.get(page).body().contains("admin-heading"));
        assertEquals(403, holder.post(status, form("revoke", "I want it gone.")).statusCode());

        Editor otherInstructor = fixtures.fixtures().instructor();
        WebSession other = signedIn(otherInstructor.accountId());
        assertFalse(other.get(page).body().contains("admin-heading"), "teaching another course is not enough");
        assertEquals(403, other.post(status, form("suspend", "Because I can?")).statusCode());

        WebSession anonymous = new WebSession(server.getURI());
        anonymous.get(page);
        HttpResponse<String> signedOut = anonymous.post(status, form("suspend", "Nobody."));
        assertEquals(303, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/signin"));
        assertEquals(CertificateStatus.ACTIVE, certificates.find(certificate.publicId()).orElseThrow().status());

        Editor admin = fixtures.fixtures().admin();
        WebSession platformAdmin = signedIn(admin.accountId());
        assertTrue(platformAdmin.get(page).body().contains("admin-heading"));
        assertEquals(400, platformAdmin.post(status, form("delete", "Not an action.")).statusCode());
        assertEquals(303, platformAdmin.post(status, form("suspend", "Platform-wide fraud check.")).statusCode());
        assertEquals(CertificateStatus.SUSPENDED, certificates.find(certificate.publicId()).orElseThrow().status());
        assertEquals(List.of("ISSUE", "SUSPEND"), certificates.history(certificates.find(certificate.publicId()).orElseThrow())
                .stream().map(CertificateEvent::action).toList(), "refused attempts left no trace");
    }
}
