package app.skillcurrent.web.privacy;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.credential.Credentials;
import app.skillcurrent.core.credential.StatusPurpose;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationRole;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.Pages;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static app.skillcurrent.web.support.Pages.fieldError;
import static app.skillcurrent.web.support.Pages.flash;
import static app.skillcurrent.web.support.Pages.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A person deletes their account (ADR 0015): what is erased, what stays without them, their certificates as
 * they chose, and their organisations, which show a former member or, for the only admin, refuse it first.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountDeletionTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    People people;
    @Inject
    DataSource dataSource;
    @Inject
    Certificates certificates;
    @Inject
    Credentials credentials;
    @Inject
    Members members;
    @Inject
    JsonMapper json;

    private HttpResponse<String> delete(WebSession session, String password, boolean keepCertificates) {
        session.get("/profile/delete");
        return session.post("/profile/delete", keepCertificates
                ? Map.of("password", password, "keepCertificates", "yes")
                : Map.of("password", password));
    }

    private long count(String sql, Object... parameters) {
        return Sql.single(dataSource, sql, parameters);
    }

    private CertificateView onlyCertificate(Account holder) {
        List<CertificateView> held = certificates.ofHolder(holder.id());
        assertThat(held).hasSize(1);
        return held.get(0);
    }

    /** The certificate's bit in the revocation status list a verifier fetches. */
    private boolean revokedInStatusList(CertificateView certificate) throws IOException {
        Map<?, ?> subject = (Map<?, ?>) credentials.statusList(StatusPurpose.REVOCATION).get("credentialSubject");
        String encoded = (String) subject.get("encodedList");
        byte[] bits;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = gzip.readAllBytes();
        }
        int index = certificate.certificate().statusIndex();
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private Document certificatePage(CertificateView certificate) {
        return Pages.parse(new WebSession(server.getURI()).get("/certificates/" + certificate.publicId()));
    }

    @Test
    void deletingErasesThePersonEndsTheirSessionsAndKeepsTheLearningRecordsWithoutThem() throws IOException {
        Course course = people.reflectionCourse();
        Account dora = people.learner("Dora Dahl");
        Account erik = people.learner("Erik Eng");
        people.graduate(dora, course, "Dora's audience: cyclists in Odense.");
        people.graduate(erik, course, "Erik's audience: anglers.");
        WebSession laptop = People.signedIn(server.getURI(), dora);
        WebSession phone = People.signedIn(server.getURI(), dora);
        Accounts.signIn(new WebSession(server.getURI()), dora.email(), "a-wrong-guess");
        CertificateView certificate = onlyCertificate(dora);

        HttpResponse<String> deleted = delete(laptop, CoreFixtures.PASSWORD, false);

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(location(deleted)).isEqualTo("/");
        assertThat(flash(Pages.parse(laptop.get("/")))).hasValue("Your account is deleted.");
        assertThat(location(laptop.get("/profile"))).as("this browser is signed out").endsWith("/signin");
        assertThat(location(phone.get("/profile"))).as("and every other one").endsWith("/signin");

        // erased
        assertThat(count("SELECT COUNT(*) FROM users WHERE email = ? OR display_name = ?", dora.email(), "Dora Dahl")).isZero();
        assertThat(count("SELECT COUNT(*) FROM users WHERE id = ? AND erased_at IS NOT NULL AND display_name = ''", dora.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM task_progress WHERE user_id = ? AND reflection IS NOT NULL", dora.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM account_consents WHERE user_id = ?", dora.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = SHA2(CONCAT('account|', ?), 256)", dora.email())).isZero();
        assertThat(count("SELECT COUNT(*) FROM certificates WHERE user_id = ? AND holder_name <> ''", dora.id())).isZero();
        // kept without her name
        assertThat(count("SELECT COUNT(*) FROM lesson_progress WHERE user_id = ?", dora.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM task_progress WHERE user_id = ? AND done", dora.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM exam_attempts WHERE user_id = ? AND passed", dora.id())).isOne();
        // and nobody else's
        assertThat(count("SELECT COUNT(*) FROM task_progress WHERE user_id = ? AND reflection = ?", erik.id(), "Erik's audience: anglers."))
                .isOne();
        assertThat(onlyCertificate(erik).certificate().holderName()).isEqualTo("Erik Eng");

        // her certificate is withdrawn, for every verifier
        Document page = certificatePage(certificate);
        assertThat(page.select("#verdict").text()).isEqualTo("Revoked");
        assertThat(page.select(".verdict-reason").text()).isEqualTo("Reason: withdrawn by holder");
        assertThat(page.select("#holder").text()).isEqualTo("Withdrawn by the holder");
        assertThat(revokedInStatusList(certificate)).as("the revocation status list").isTrue();
        assertThat(revokedInStatusList(onlyCertificate(erik))).isFalse();

        assertThat(Accounts.signIn(new WebSession(server.getURI()), dora.email(), CoreFixtures.PASSWORD).statusCode())
                .as("nobody signs in with the old address and password").isEqualTo(422);
    }

    @Test
    void aCertificateStaysVerifiableWhenItsHolderChoseSo() throws IOException {
        Course course = people.reflectionCourse();
        Account frida = people.learner("Frida Falk");
        people.graduate(frida, course, "Frida's audience.");
        CertificateView certificate = onlyCertificate(frida);

        assertThat(delete(People.signedIn(server.getURI(), frida), CoreFixtures.PASSWORD, true).statusCode()).isEqualTo(303);

        Document page = certificatePage(certificate);
        assertThat(page.select("#verdict").text()).isEqualTo("Valid");
        assertThat(page.select("#holder").text()).as("the name as awarded").isEqualTo("Frida Falk");
        assertThat(revokedInStatusList(certificate)).isFalse();
        assertThat(count("SELECT COUNT(*) FROM users WHERE id = ? AND erased_at IS NOT NULL", frida.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM certificate_reminders WHERE certificate_id = ? AND sent_at IS NULL",
                certificate.certificate().id())).as("nobody left to remind").isZero();
    }

    @Test
    void theConfirmationNeedsThePasswordAndTheFormsTokenAndOtherwiseDeletesNothing() {
        Account gus = people.learner("Gus Gade");
        WebSession session = People.signedIn(server.getURI(), gus);

        Document confirmation = Pages.parse(session.get("/profile/delete"));
        assertThat(confirmation.select("main h1").text()).isEqualTo("Delete your account");
        assertThat(confirmation.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(confirmation.select("label:has(input#keepCertificates)").text()).isEqualTo("Keep my certificates verifiable");

        HttpResponse<String> wrong = delete(session, "not-my-password", false);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(fieldError(wrong, "password")).isEqualTo("This is not your password.");
        assertThat(Pages.parse(wrong).select("input#password").attr("value")).as("never echoed").isEmpty();

        HttpResponse<String> forged = session.postRaw("/profile/delete", Map.of("password", CoreFixtures.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);

        assertThat(count("SELECT COUNT(*) FROM users WHERE id = ? AND erased_at IS NULL AND display_name = 'Gus Gade'", gus.id())).isOne();
        assertThat(session.get("/profile").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theOnlyAdminIsAskedToNameAnotherFirstAndTheOrganisationThenShowsAFormerMember() throws IOException {
        Course course = people.reflectionCourse();
        Account hanna = people.learner("Hanna Holm");
        Account ivar = people.learner("Ivar Iversen");
        Organisation organisation = people.organisation(hanna, "Fjord Studio");
        people.join(organisation, hanna, ivar);
        people.team(organisation, hanna, "Reels", ivar, course);
        people.graduate(ivar, course, "Ivar's audience.");
        WebSession hannas = People.signedIn(server.getURI(), hanna);

        Document refusedPage = Pages.parse(hannas.get("/profile/delete"));
        assertThat(refusedPage.select("#last-admin").text())
                .isEqualTo("You are the only admin of Fjord Studio. Make another member an admin there first, then delete your account.");
        assertThat(refusedPage.select("form[action=/profile/delete]")).as("no form while it cannot be done").isEmpty();
        HttpResponse<String> refused = hannas.post("/profile/delete", Map.of("password", CoreFixtures.PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Pages.parse(refused).select("#last-admin").text()).startsWith("You are the only admin of Fjord Studio.");
        assertThat(count("SELECT COUNT(*) FROM users WHERE id = ? AND erased_at IS NULL", hanna.id())).isOne();

        // Ivar, a member, leaves: the organisation sees a former member with what he learnt
        assertThat(delete(People.signedIn(server.getURI(), ivar), CoreFixtures.PASSWORD, true).statusCode()).isEqualTo(303);
        Document dashboard = Pages.parse(hannas.get("/organisations/" + organisation.publicId()));
        assertThat(dashboard.select("th[scope=row]").eachText()).contains("Former member").doesNotContain("Ivar Iversen");
        assertThat(dashboard.text()).doesNotContain(ivar.email());
        Document membersPage = Pages.parse(hannas.get("/organisations/" + organisation.publicId() + "/members"));
        assertThat(membersPage.select("section[aria-labelledby=members-heading] tbody th[scope=row]").eachText())
                .containsExactlyInAnyOrder("Former member", "Hanna Holm " + hanna.email());
        JsonNode report = json.readValue(hannas.get("/api/v1/organisations/" + organisation.publicId() + "/report",
                "application/json").body(), JsonNode.class);
        JsonNode former = null;
        for (JsonNode member : report.get("members").values()) {
            if (member.get("formerMember").getBooleanValue()) {
                former = member;
            }
        }
        assertThat(former).as("the report's former member").isNotNull();
        assertThat(former.get("name").isNull()).isTrue();
        assertThat(former.get("email").isNull()).isTrue();
        assertThat(former.get("certificates").size()).as("what he earned still counts").isOne();
        String csv = hannas.get("/organisations/" + organisation.publicId() + "/report.csv", "text/csv").body();
        assertThat(csv.lines().filter(line -> line.startsWith("former member,"))).isNotEmpty();
        assertThat(csv).doesNotContain("Ivar Iversen", ivar.email());

        // a former member cannot be made the admin Hanna needs
        assertThat(hannas.post("/organisations/" + organisation.publicId() + "/members/" + ivar.publicId() + "/role",
                Map.of("role", "ADMIN")).statusCode()).isEqualTo(409);
        Account jon = people.learner("Jon Juul");
        people.join(organisation, hanna, jon);
        members.setRole(organisation, jon.publicId(), OrganisationRole.ADMIN);
        assertThat(delete(hannas, CoreFixtures.PASSWORD, false).statusCode()).as("with another admin named").isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM organisation_members WHERE organisation_id = ? AND role = 'ADMIN'", organisation.id()))
                .as("only Jon administers it now").isOne();
    }

    @Test
    void anOrganisationWithNobodyElseInItClosesWithItsAdmin() {
        Account kim = people.learner("Kim Krog");
        Organisation organisation = people.organisation(kim, "Solo Studio");
        WebSession session = People.signedIn(server.getURI(), kim);

        assertThat(Pages.parse(session.get("/profile/delete")).select("#closing").text())
                .isEqualTo("These organisations have nobody else in them and are closed with your account: Solo Studio.");
        assertThat(delete(session, CoreFixtures.PASSWORD, false).statusCode()).isEqualTo(303);

        assertThat(count("SELECT COUNT(*) FROM organisations WHERE id = ?", organisation.id())).isZero();
    }
}
