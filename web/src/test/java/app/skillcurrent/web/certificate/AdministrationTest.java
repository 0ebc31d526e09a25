package app.skillcurrent.web.certificate;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.certificate.CertificateEvent;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

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
    CoreFixtures fixtures;
    @Inject
    AccountService accounts;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;

    private Published course;

    @BeforeAll
    void course() {
        course = fixtures.course("YouTube Shorts analytics", null, 90);
    }

    private WebSession signedIn(long accountId) {
        return Accounts.signedIn(server.getURI(), accounts.findById(accountId).orElseThrow());
    }

    private CertificateView graduate(String name) {
        Account learner = fixtures.graduate(name, course);
        return certificates.ofHolder(learner.id()).get(0);
    }

    private static Map<String, String> form(String action, String reason) {
        return Map.of("action", action, "reason", reason);
    }

    /** The admin section's status forms, by their hidden action. */
    private static List<String> statusForms(Document page) {
        return page.select(".certificate-admin form input[name=action]").eachAttr("value");
    }

    private static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    @Test
    void theInstructorSuspendsReinstatesAndRevokesWithReasonsAndEveryoneSeesItAtOnce() {
        CertificateView certificate = graduate("Holger");
        String page = "/certificates/" + certificate.publicId();
        String status = page + "/status";
        WebSession instructor = signedIn(course.instructor().accountId());
        Document adminPage = parse(instructor.get(page));
        assertThat(adminPage.select("#admin-heading").text()).as("the course's instructor gets the admin tools")
                .isEqualTo("Manage this certificate");
        assertThat(statusForms(adminPage)).as("nothing to reinstate yet").containsExactly("suspend", "revoke");
        assertThat(adminPage.select(".certificate-admin form h3").eachText()).containsExactly("Suspend", "Revoke");
        assertThat(adminPage.select(".certificate-admin form button").eachText()).containsExactly("Suspend certificate", "Revoke certificate");
        assertThat(adminPage.select(".certificate-admin label").eachText()).containsExactly("Reason (shown on this page)",
                "Reason (shown on this page)", "I understand that revoking is final and cannot be undone.");
        assertThat(adminPage.select(".certificate-history li").eachText()).singleElement(STRING)
                .startsWith("Issued · ").endsWith(" UTC · Skillcurrent");

        HttpResponse<String> noReason = instructor.post(status, form("suspend", "   "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        Document refused = parse(noReason);
        assertThat(refused.select("#reason-suspend-error").text()).as("the reason is required").isEqualTo("This field is required.");
        assertThat(refused.select("#reason-suspend").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select(".admin-suspend .error-summary a").eachAttr("href")).as("the summary links to the field")
                .containsExactly("#reason-suspend");
        assertThat(refused.select(".admin-revoke .error-summary")).as("only the form sent shows errors").isEmpty();
        assertThat(certificates.find(certificate.publicId()).orElseThrow().status()).isEqualTo(CertificateStatus.ACTIVE);

        HttpResponse<String> suspended = instructor.post(status, form("suspend", "Checking a complaint about copied answers."));
        assertThat(suspended.statusCode()).isEqualTo(303);
        assertThat(suspended.headers().firstValue("Location")).hasValue(page);
        Document afterSuspending = parse(instructor.get(page));
        assertThat(afterSuspending.select(".flash").text()).isEqualTo("The certificate is suspended.");
        assertThat(statusForms(afterSuspending)).containsExactly("reinstate", "revoke");
        Document publicView = parse(new WebSession(server.getURI()).get(page));
        assertThat(publicView.select("#verdict").text()).isEqualTo("Suspended");
        assertThat(publicView.select(".verdict-reason").text()).as("the reason is public")
                .isEqualTo("Reason: Checking a complaint about copied answers.");
        assertThat(Http.json(Http.text(server.getURL() + page + ".json", "application/json"))).containsEntry("status", "SUSPENDED");

        instructor.get(page);
        HttpResponse<String> again = instructor.post(status, form("suspend", "Twice."));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(parse(again).select(".certificate-admin .error-summary").text())
                .isEqualTo("This certificate is already suspended. Nothing was changed.");

        instructor.get(page);
        assertThat(instructor.post(status, form("reinstate", "The complaint was unfounded.")).statusCode()).isEqualTo(303);
        assertThat(parse(new WebSession(server.getURI()).get(page)).select("#verdict").text()).isEqualTo("Valid");

        instructor.get(page);
        HttpResponse<String> unconfirmed = instructor.post(status, form("revoke", "Exam sat by someone else."));
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        Document unconfirmedPage = parse(unconfirmed);
        assertThat(unconfirmedPage.select("#confirm-revoke-error").text()).isEqualTo("Confirm that you want to revoke this certificate.");
        assertThat(unconfirmedPage.select(".admin-revoke .error-summary a").eachAttr("href")).containsExactly("#confirm-revoke");
        assertThat(unconfirmedPage.select("#reason-revoke").text()).as("the reason typed is kept").isEqualTo("Exam sat by someone else.");
        assertThat(unconfirmedPage.select("#reason-suspend").text()).as("the other form stays empty").isEmpty();
        assertThat(certificates.find(certificate.publicId()).orElseThrow().status()).isEqualTo(CertificateStatus.ACTIVE);

        HttpResponse<String> revoked = instructor.post(status, Map.of("action", "revoke", "reason", "Exam sat by someone else.", "confirm", "yes"));
        assertThat(revoked.statusCode()).isEqualTo(303);
        Document revokedPage = parse(new WebSession(server.getURI()).get(page));
        assertThat(revokedPage.select("#verdict").text()).isEqualTo("Revoked");
        assertThat(revokedPage.select(".verdict-reason").text()).isEqualTo("Reason: Exam sat by someone else.");

        Document finalPage = parse(instructor.get(page));
        assertThat(statusForms(finalPage)).isEmpty();
        assertThat(finalPage.select(".certificate-admin > p").text()).isEqualTo("This certificate is revoked. Revoking is final.");
        HttpResponse<String> twice = instructor.post(status, Map.of("action", "revoke", "reason", "Again.", "confirm", "yes"));
        assertThat(twice.statusCode()).as("revoking twice is refused").isEqualTo(409);
        assertThat(parse(twice).select(".certificate-admin .error-summary").text())
                .isEqualTo("This certificate is already revoked. Nothing was changed.");
        HttpResponse<String> reinstate = instructor.post(status, form("reinstate", "Undo."));
        assertThat(reinstate.statusCode()).as("revoking is final").isEqualTo(409);

        List<CertificateEvent> history = certificates.history(certificates.find(certificate.publicId()).orElseThrow());
        assertThat(history).extracting(CertificateEvent::action).containsExactly("ISSUE", "SUSPEND", "REINSTATE", "REVOKE");
        CertificateEvent revocation = history.get(3);
        assertThat(revocation.actorName()).as("who").isEqualTo("Pat");
        assertThat(revocation.fromState()).isEqualTo("ACTIVE");
        assertThat(revocation.toState()).isEqualTo("REVOKED");
        assertThat(revocation.reason()).as("why").isEqualTo("Exam sat by someone else.");
        Document trail = parse(instructor.get(page));
        assertThat(trail.select(".certificate-history li strong").eachText()).as("the trail is on the admin view")
                .containsExactly("Issued", "Suspended", "Reinstated", "Revoked");
        assertThat(trail.select(".certificate-history li .meta").eachText()).containsExactly(
                "Checking a complaint about copied answers.", "The complaint was unfounded.", "Exam sat by someone else.");
    }

    @Test
    void aReasonLongerThanTheFieldAllowsIsRefusedAndTheActionIsMatchedWhateverItsCase() {
        CertificateView certificate = graduate("Ingeborg");
        String page = "/certificates/" + certificate.publicId();
        WebSession instructor = signedIn(course.instructor().accountId());
        instructor.get(page);
        HttpResponse<String> tooLong = instructor.post(page + "/status", form("suspend", "x".repeat(501)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(parse(tooLong).select("#reason-suspend-error").text()).isEqualTo("Use at most 500 characters.");

        assertThat(instructor.post(page + "/status", form("SUSPEND", "Upper case, as an old client sends it.")).statusCode())
                .isEqualTo(303);
        assertThat(certificates.find(certificate.publicId()).orElseThrow().status()).isEqualTo(CertificateStatus.SUSPENDED);
    }

    @Test
    void onlyTheCoursesInstructorsAndPlatformAdminsMayChangeACertificate() {
        CertificateView certificate = graduate("Hanne");
        String page = "/certificates/" + certificate.publicId();
        String status = page + "/status";

        WebSession holder = signedIn(certificate.certificate().userId());
        Document holderPage = parse(holder.get(page));
        assertThat(holderPage.select("#admin-heading")).isEmpty();
        assertThat(holderPage.select(".actions a").eachAttr("href")).as("the holder gets the way to the wallet").contains("/certificates");
        assertThat(holder.post(status, form("revoke", "I want it gone.")).statusCode()).isEqualTo(403);

        Editor otherInstructor = fixtures.instructor();
        WebSession other = signedIn(otherInstructor.accountId());
        assertThat(parse(other.get(page)).select("#admin-heading")).as("teaching another course is not enough").isEmpty();
        assertThat(other.post(status, form("suspend", "Because I can?")).statusCode()).isEqualTo(403);

        WebSession anonymous = new WebSession(server.getURI());
        anonymous.get(page);
        HttpResponse<String> signedOut = anonymous.post(status, form("suspend", "Nobody."));
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/signin"));
        assertThat(certificates.find(certificate.publicId()).orElseThrow().status()).isEqualTo(CertificateStatus.ACTIVE);

        Editor admin = fixtures.admin();
        WebSession platformAdmin = signedIn(admin.accountId());
        assertThat(parse(platformAdmin.get(page)).select("#admin-heading")).isNotEmpty();
        HttpResponse<String> unknown = platformAdmin.post(status, form("delete", "Not an action."));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(parse(unknown).select(".certificate-admin .error-summary").text()).isEqualTo("Choose suspend, reinstate or revoke.");
        assertThat(platformAdmin.post(status, Map.of("reason", "No action at all.")).statusCode()).isEqualTo(400);
        assertThat(platformAdmin.post(status, form("suspend", "Platform-wide fraud check.")).statusCode()).isEqualTo(303);
        assertThat(certificates.find(certificate.publicId()).orElseThrow().status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(certificates.history(certificates.find(certificate.publicId()).orElseThrow()))
                .as("refused attempts left no trace").extracting(CertificateEvent::action).containsExactly("ISSUE", "SUSPEND");
    }
}
