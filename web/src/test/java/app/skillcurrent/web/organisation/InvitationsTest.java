package app.skillcurrent.web.organisation;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Pages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Creating an organisation and inviting people: single-use links, expiry, revoke, resend, seats, bad input. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationsTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestClock clock;

    private Employers employers;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @BeforeAll
    void setUp() {
        employers = new Employers(server.getURI());
    }

    @Test
    void creatorBecomesAdminAndAnEmptyNameIsRefused() {
        Employers.Person admin = employers.person("Astrid Admin");
        admin.session().get("/organisations");
        HttpResponse<String> empty = admin.session().post("/organisations", Map.of("name", "   "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(fieldError(empty, "name")).isEqualTo("Enter the organisation's name.");
        String id = employers.organisation(admin, "Fjord Media");
        Document list = Employers.page(admin.session().get("/organisations"));
        assertThat(list.select("li.card h3 a")).extracting(Element::text, a -> a.attr("href"))
                .contains(tuple("Fjord Media", "/organisations/" + id));
        assertThat(admin.session().get("/organisations/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> again = admin.session().post("/organisations", Map.of("name", "Fjord Media"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(fieldError(again, "name")).isEqualTo("You already created an organisation with this name.");
        assertThat(Employers.page(again).select("input#name").attr("value")).as("what was typed is kept").isEqualTo("Fjord Media");
        String other = employers.organisation(admin, "Fjord Film");
        HttpResponse<String> renamed = admin.session().post("/organisations/" + other + "/settings",
                Map.of("name", "Fjord Media", "seats", "10", "budgetHours", "", "budgetPeriod", "WEEK"));
        assertThat(renamed.statusCode()).as("renaming onto one's other organisation is refused too").isEqualTo(422);
        assertThat(fieldError(renamed, "name")).isEqualTo("You already created an organisation with this name.");
    }

    @Test
    void anInvitedPersonJoinsOnceWithTheLinkAndTheLinkThenStopsWorking() {
        Employers.Person admin = employers.person("Bo Admin");
        String id = employers.organisation(admin, "Bo & Co");
        Employers.Person invitee = employers.person("Cai Invitee");
        String token = Employers.invite(admin, id, invitee.email().toUpperCase(Locale.ROOT));

        HttpResponse<String> page = invitee.session().get("/invitations/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        Element main = Employers.page(page).selectFirst("main");
        assertThat(main.selectFirst("h1").text()).isEqualTo("Invitation to join Bo & Co");
        assertThat(main.select("h1 + p").text()).isEqualTo("This invitation is for " + invitee.email() + ".");
        assertThat(main.select("form[action=/invitations/" + token + "/accept] button")).extracting(Element::text)
                .containsExactly("Accept invitation");
        HttpResponse<String> accepted = Employers.accept(invitee, token);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue("/dashboard");
        assertThat(memberEmails(admin, id)).contains(invitee.email());

        HttpResponse<String> used = invitee.session().get("/invitations/" + token);
        assertThat(used.statusCode()).as("a used link is gone").isEqualTo(410);
        assertThat(Employers.page(used).select("main .error-summary").text())
                .isEqualTo("This invitation link was already used. Each link works once.");
        HttpResponse<String> again = invitee.session().post("/invitations/" + token + "/accept", Map.of());
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(refusal(again)).isEqualTo("This invitation link was already used. Each link works once.");
    }

    @Test
    void aVisitorIsAskedToSignInOrSignUpWithTheInvitedAddress() {
        Employers.Person admin = employers.person("Vera Admin");
        String id = employers.organisation(admin, "Visitor Videos");
        String token = Employers.invite(admin, id, "visitor@example.com");
        Document page = Employers.page(new WebSession(server.getURI()).get("/invitations/" + token));
        assertThat(page.select("main form")).as("nothing to accept before signing in").isEmpty();
        assertThat(page.select("main .actions a")).extracting(Element::text, a -> a.attr("href")).containsExactly(
                tuple("Sign in to accept", "/invitations/" + token + "/signin"),
                tuple("Create an account", "/signup"));
    }

    @Test
    void onePersonCanBelongToSeveralOrganisations() {
        Employers.Person first = employers.person("Sif First");
        String one = employers.organisation(first, "First Frames");
        Employers.Person second = employers.person("Tor Second");
        String two = employers.organisation(second, "Second Stories");
        Employers.Person freelancer = employers.person("Uma Freelancer");
        assertThat(Employers.accept(freelancer, Employers.invite(first, one, freelancer.email())).statusCode()).isEqualTo(303);
        assertThat(Employers.accept(freelancer, Employers.invite(second, two, freelancer.email())).statusCode()).isEqualTo(303);
        Document mine = Employers.page(freelancer.session().get("/organisations"));
        assertThat(mine.select("li.card h3")).extracting(Element::text).containsExactlyInAnyOrder("First Frames", "Second Stories");
        assertThat(mine.select("li.card p.meta")).extracting(Element::text).containsOnly("Member");
        assertThat(memberEmails(first, one)).contains(freelancer.email());
        assertThat(memberEmails(second, two)).contains(freelancer.email());
    }

    @Test
    void onlyTheInvitedAddressCanAccept() {
        Employers.Person admin = employers.person("Dag Admin");
        String id = employers.organisation(admin, "Dag Digital");
        Employers.Person invitee = employers.person("Eva Invitee");
        Employers.Person stranger = employers.person("Finn Forwarded");
        String token = Employers.invite(admin, id, invitee.email());

        Document page = Employers.page(stranger.session().get("/invitations/" + token));
        assertThat(page.select("main .error-summary").text())
                .isEqualTo("This invitation is for another email address. Sign in with the account for that address to accept it.");
        assertThat(page.select("main form")).isEmpty();
        HttpResponse<String> refused = stranger.session().post("/invitations/" + token + "/accept", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(memberEmails(admin, id)).doesNotContain(stranger.email());
        assertThat(Employers.accept(invitee, token).statusCode()).as("the link still works for its owner").isEqualTo(303);
    }

    @Test
    void anInvitationWaitsOnTheInviteesDashboardAndCanBeAcceptedThere() {
        Employers.Person admin = employers.person("Gry Admin");
        String id = employers.organisation(admin, "Gry Growth");
        Employers.Person invitee = employers.person("Hans Invitee");
        Employers.invite(admin, id, invitee.email());
        Document dashboard = Employers.page(invitee.session().get("/dashboard"));
        Elements invitations = dashboard.select("section[aria-labelledby=invitations-heading] li");
        assertThat(invitations).extracting(li -> li.ownText().strip()).containsExactly("Gry Growth invites you to join.");
        assertThat(invitations.select("form button")).extracting(Element::text)
                .as("the button names the organisation for screen readers").containsExactly("Accept invitation: Gry Growth");
        String accept = invitations.select("form").attr("action");
        assertThat(accept).matches("/invitations/by-id/[0-9a-z]{26}/accept");
        assertThat(invitee.session().post(accept, Map.of()).statusCode()).isEqualTo(303);
        assertThat(Employers.page(invitee.session().get("/dashboard")).select("section[aria-labelledby=invitations-heading]"))
                .as("nothing left to accept").isEmpty();
        assertThat(employers.person("Ida Other").session().post(accept, Map.of()).statusCode())
                .as("someone else cannot accept by id").isEqualTo(404);
    }

    @Test
    void expiredRevokedAndUnknownLinksAreRefused() {
        Employers.Person admin = employers.person("Jon Admin");
        String id = employers.organisation(admin, "Jon Journal");
        Employers.Person late = employers.person("Kim Late");
        String expiring = Employers.invite(admin, id, late.email());
        clock.advance(Duration.ofDays(15));
        Employers.signInAgain(admin);
        Employers.signInAgain(late);
        assertThat(late.session().get("/invitations/" + expiring).statusCode()).isEqualTo(410);
        HttpResponse<String> tooLate = late.session().post("/invitations/" + expiring + "/accept", Map.of());
        assertThat(tooLate.statusCode()).isEqualTo(410);
        assertThat(refusal(tooLate)).isEqualTo("This invitation has expired. Ask the organisation to resend it.");

        Employers.Person revokedPerson = employers.person("Lis Revoked");
        String revoked = Employers.invite(admin, id, revokedPerson.email());
        String invitationId = Employers.openInvitationId(admin, id, revokedPerson.email());
        assertThat(admin.session().post("/organisations/" + id + "/invitations/" + invitationId + "/revoke", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(Employers.page(admin.session().get("/organisations/" + id + "/members")).select(".flash").text())
                .isEqualTo("Invitation revoked.");
        assertThat(Employers.accept(revokedPerson, revoked).statusCode()).isEqualTo(410);
        assertThat(admin.session().post("/organisations/" + id + "/invitations/" + invitationId + "/revoke", Map.of()).statusCode())
                .as("revoking twice is a conflict").isEqualTo(409);

        assertThat(late.session().get("/invitations/" + "A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(late.session().get("/invitations/not-a-token").statusCode()).isEqualTo(404);
        assertThat(late.session().get("/invitations/%7B/signin").statusCode()).as("not a token, so no way back to it").isEqualTo(404);
    }

    @Test
    void resendingGivesANewLinkAndTheOldOneStopsWorking() {
        Employers.Person admin = employers.person("Mads Admin");
        String id = employers.organisation(admin, "Mads Media");
        Employers.Person invitee = employers.person("Nora Invitee");
        String first = Employers.invite(admin, id, invitee.email());
        clock.advance(Duration.ofDays(20));
        Employers.signInAgain(admin);
        Employers.signInAgain(invitee);
        String invitationId = Employers.openInvitationId(admin, id, invitee.email());
        Element listed = Employers.page(admin.session().get("/organisations/" + id + "/members"))
                .select("section[aria-labelledby=invitations-heading] tbody tr").first();
        assertThat(listed.select("td")).extracting(Element::text).startsWith(invitee.email(), "expired");
        HttpResponse<String> resent = admin.session().post("/organisations/" + id + "/invitations/" + invitationId + "/resend", Map.of());
        assertThat(resent.statusCode()).isEqualTo(201);
        assertThat(Employers.page(resent).select("#link-heading").text()).isEqualTo("Invitation for " + invitee.email() + " created");
        String second = Employers.invitationToken(resent);
        assertThat(second).isNotEqualTo(first);
        assertThat(invitee.session().get("/invitations/" + first).statusCode()).as("the old link is replaced").isEqualTo(404);
        assertThat(Employers.accept(invitee, second).statusCode()).isEqualTo(303);
    }

    @Test
    void badAddressesDuplicatesAndMembersAreRefusedWithTheReason() {
        Employers.Person admin = employers.person("Ole Admin");
        String id = employers.organisation(admin, "Ole Online");
        String members = "/organisations/" + id + "/members";
        admin.session().get(members);
        HttpResponse<String> malformed = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "not an address"));
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(fieldError(malformed, "email")).isEqualTo("Enter an email address like name@example.com.");
        assertThat(Employers.page(malformed).select("input#email").attr("value")).as("what was typed is kept").isEqualTo("not an address");
        assertThat(Employers.page(malformed).select(".error-summary a")).extracting(a -> a.attr("href"))
                .as("the summary links to the field").containsExactly("#email");

        Employers.invite(admin, id, "pia@example.com");
        HttpResponse<String> twice = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "Pia@Example.com"));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(fieldError(twice, "email")).isEqualTo("This address already has an open invitation. Resend it from the list below.");

        HttpResponse<String> self = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", admin.email()));
        assertThat(self.statusCode()).isEqualTo(422);
        assertThat(fieldError(self, "email")).isEqualTo("This person is already a member.");
    }

    @Test
    void invitationsStopAtTheSeatCountAndSeatsCannotDropBelowWhatIsTaken() {
        Employers.Person admin = employers.person("Rasmus Admin");
        String id = employers.organisation(admin, "Rasmus Reach");
        admin.session().get("/organisations/" + id + "/members");
        assertThat(admin.session().post("/organisations/" + id + "/settings",
                Map.of("name", "Rasmus Reach", "seats", "2", "budgetHours", "", "budgetPeriod", "WEEK")).statusCode()).isEqualTo(303);
        Employers.invite(admin, id, "first@example.com");
        assertThat(Employers.page(admin.session().get("/organisations/" + id + "/members")).select("p.lead").text())
                .isEqualTo("2 of 2 seats taken (members and open invitations).");
        HttpResponse<String> full = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "second@example.com"));
        assertThat(full.statusCode()).isEqualTo(422);
        assertThat(fieldError(full, "email"))
                .isEqualTo("All seats are taken by members and open invitations. Add seats in the settings, or revoke an invitation.");

        HttpResponse<String> fewer = admin.session().post("/organisations/" + id + "/settings",
                Map.of("name", "Rasmus Reach", "seats", "1", "budgetHours", "", "budgetPeriod", "WEEK"));
        assertThat(fewer.statusCode()).isEqualTo(422);
        assertThat(fieldError(fewer, "seats"))
                .isEqualTo("There are more members and open invitations than that. Remove members or revoke invitations first.");
        HttpResponse<String> nonsense = admin.session().post("/organisations/" + id + "/settings",
                Map.of("name", "Rasmus Reach", "seats", "many", "budgetHours", "", "budgetPeriod", "WEEK"));
        assertThat(nonsense.statusCode()).isEqualTo(422);
        assertThat(fieldError(nonsense, "seats")).isEqualTo("Enter a whole number of seats from 1 to 10000.");
        assertThat(Employers.page(nonsense).select("input#seats").attr("value")).isEqualTo("many");

        clock.advance(Duration.ofDays(15));
        Employers.signInAgain(admin);
        assertThat(admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "second@example.com")).statusCode())
                .as("an expired invitation frees its seat").isEqualTo(201);
    }

    /** The message shown under a field, which the error summary also links to (for the organisation tests). */
    static String fieldError(HttpResponse<String> response, String field) {
        return Pages.fieldError(response, field);
    }

    /** Why the error page says the action was refused. */
    private static String refusal(HttpResponse<String> response) {
        return Employers.page(response).select(".error-page h1 + p").text();
    }

    private static List<String> memberEmails(Employers.Person admin, String organisationId) {
        return Employers.page(admin.session().get("/organisations/" + organisationId + "/members"))
                .select("section[aria-labelledby=members-heading] tbody th .meta").eachText();
    }
}
