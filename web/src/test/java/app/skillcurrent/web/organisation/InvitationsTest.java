package app.skillcurrent.web.organisation;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Enter the organisation&#x27;s name.") || empty.body().contains("Enter the organisation's name."));
        String id = employers.organisation(admin, "Fjord Media");
        HttpResponse<String> list = admin.session().get("/organisations");
        assertTrue(list.body().contains("Fjord Media") && list.body().contains("/organisations/" + id));
        assertEquals(200, admin.session().get("/organisations/" + id).statusCode());
        HttpResponse<String> again = admin.session().post("/organisations", Map.of("name", "Fjord Media"));
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("You already created an organisation with this name."));
        String other = employers.organisation(admin, "Fjord Film");
        HttpResponse<String> renamed = admin.session().post("/organisations/" + other + "/settings",
                Map.of("name", "Fjord Media", "seats", "10", "budgetHours", "", "budgetPeriod", "WEEK"));
        assertEquals(422, renamed.statusCode(), "renaming onto one's other organisation is refused too");
        assertTrue(renamed.body().contains("You already created an organisation with this name."));
    }

    @Test
    void anInvitedPersonJoinsOnceWithTheLinkAndTheLinkThenStopsWorking() {
        Employers.Person admin = employers.person("Bo Admin");
        String id = employers.organisation(admin, "Bo & Co");
        Employers.Person invitee = employers.person("Cai Invitee");
        String token = Employers.invite(admin, id, invitee.email().toUpperCase(Locale.ROOT));

        HttpResponse<String> page = invitee.session().get("/invitations/" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bo &amp; Co") && page.body().contains(invitee.email()));
        HttpResponse<String> accepted = Employers.accept(invitee, token);
        assertEquals(303, accepted.statusCode());
        assertEquals("/dashboard", accepted.headers().firstValue("Location").orElseThrow());
        assertTrue(admin.session().get("/organisations/" + id + "/members").body().contains(invitee.email()));

        assertEquals(410, invitee.session().get("/invitations/" + token).statusCode(), "a used link is gone");
        HttpResponse<String> again = invitee.session().post("/invitations/" + token + "/accept", Map.of());
        assertEquals(410, again.statusCode());
        assertTrue(again.body().contains("already used"));
    }

    @Test
    void onePersonCanBelongToSeveralOrganisations() {
        Employers.Person first = employers.person("Sif First");
        String one = employers.organisation(first, "First Frames");
        Employers.Person second = employers.person("Tor Second");
        String two = employers.organisation(second, "Second Stories");
        Employers.Person freelancer = employers.person("Uma Freelancer");
        assertEquals(303, Employers.accept(freelancer, Employers.invite(first, one, freelancer.email())).statusCode());
        assertEquals(303, Employers.accept(freelancer, Employers.invite(second, two, freelancer.email())).statusCode());
        String mine = freelancer.session().get("/organisations").body();
        assertTrue(mine.contains("First Frames") && mine.contains("Second Stories"));
        assertTrue(first.session().get("/organisations/" + one + "/members").body().contains(freelancer.email()));
        assertTrue(second.session().get("/organisations/" + two + "/members").body().contains(freelancer.email()));
    }

    @Test
    void onlyTheInvitedAddressCanAccept() {
        Employers.Person admin = employers.person("Dag Admin");
        String id = employers.organisation(admin, "Dag Digital");
        Employers.Person invitee = employers.person("Eva Invitee");
        Employers.Person stranger = employers.person("Finn Forwarded");
        String token = Employers.invite(admin, id, invitee.email());

        HttpResponse<String> page = stranger.session().get("/invitations/" + token);
        assertTrue(page.body().contains("for another email address"));
        HttpResponse<String> refused = stranger.session().post("/invitations/" + token + "/accept", Map.of());
        assertEquals(403, refused.statusCode());
        assertFalse(admin.session().get("/organisations/" + id + "/members").body().contains(stranger.email()));
        assertEquals(303, Employers.accept(invitee, token).statusCode(), "the link still works for its owner");
    }

    @Test
    void anInvitationWaitsOnTheInviteesDashboardAndCanBeAcceptedThere() {
        Employers.Person admin = employers.person("Gry Admin");
        String id = employers.organisation(admin, "Gry Growth");
        Employers.Person invitee = employers.person("Hans Invitee");
        Employers.invite(admin, id, invitee.email());
        HttpResponse<String> dashboard = invitee.session().get("/dashboard");
        assertTrue(dashboard.body().contains("Gry Growth invites you to join."));
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("action=\"(/invitations/by-id/[0-9a-z]{26}/accept)\"").matcher(dashboard.body());
        assertTrue(form.find());
        assertEquals(303, invitee.session().post(form.group(1), Map.of()).statusCode());
        assertFalse(invitee.session().get("/dashboard").body().contains("Gry Growth invites you"));
        assertEquals(404, employers.person("Ida Other").session().post(form.group(1), Map.of()).statusCode(),
                "someone else cannot accept by id");
    }

    @Test
    void expiredRevokedAndUnknownLinksAreRefused() {
        Employers.Person admin = employers.person("Jon Admin");
        String id = employers.organisation(admin, "Jon Journal");
        Employers.Person late = employers.person("Kim Late");
        String expiring = Employers.invite(admin, id, late.email());
        clock.advance(Duration.ofDays(15));
        assertEquals(410, late.session().get("/invitations/" + expiring).statusCode());
        HttpResponse<String> tooLate = late.session().post("/invitations/" + expiring + "/accept", Map.of());
        assertEquals(410, tooLate.statusCode());
        assertTrue(tooLate.body().contains("expired"));

        Employers.Person revokedPerson = employers.person("Lis Revoked");
        String revoked = Employers.invite(admin, id, revokedPerson.email());
        String invitationId = Employers.openInvitationId(admin, id, revokedPerson.email());
        assertEquals(303, admin.session().post("/organisations/" + id + "/invitations/" + invitationId + "/revoke", Map.of()).statusCode());
        assertEquals(410, Employers.accept(revokedPerson, revoked).statusCode());
        assertEquals(409, admin.session().post("/organisations/" + id + "/invitations/" + invitationId + "/revoke", Map.of()).statusCode(),
                "revoking twice is a conflict");

        assertEquals(404, late.session().get("/invitations/" + "A".repeat(43)).statusCode());
        assertEquals(404, late.session().get("/invitations/not-a-token").statusCode());
        assertEquals(404, late.session().get("/invitations/%7B/signin").statusCode(), "not a token, so no way back to it");
    }

    @Test
    void resendingGivesANewLinkAndTheOldOneStopsWorking() {
        Employers.Person admin = employers.person("Mads Admin");
        String id = employers.organisation(admin, "Mads Media");
        Employers.Person invitee = employers.person("Nora Invitee");
        String first = Employers.invite(admin, id, invitee.email());
        clock.advance(Duration.ofDays(20));
        String invitationId = Employers.openInvitationId(admin, id, invitee.email());
        HttpResponse<String> resent = admin.session().post("/organisations/" + id + "/invitations/" + invitationId + "/resend", Map.of());
        assertEquals(201, resent.statusCode());
        java.util.regex.Matcher link = Employers.LINK.matcher(resent.body());
        assertTrue(link.find());
        assertEquals(404, invitee.session().get("/invitations/" + first).statusCode(), "the old link is replaced");
        assertEquals(303, Employers.accept(invitee, link.group(1)).statusCode());
    }

    @Test
    void badAddressesDuplicatesAndMembersAreRefusedWithTheReason() {
        Employers.Person admin = employers.person("Ole Admin");
        String id = employers.organisation(admin, "Ole Online");
        String members = "/organisations/" + id + "/members";
        admin.session().get(members);
        HttpResponse<String> malformed = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "not an address"));
        assertEquals(422, malformed.statusCode());
        assertTrue(malformed.body().contains("Enter an email address like name@example.com."));
        assertTrue(malformed.body().contains("value=\"not an address\""), "what was typed is kept");

        Employers.invite(admin, id, "pia@example.com");
        HttpResponse<String> twice = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "Pia@Example.com"));
        assertEquals(422, twice.statusCode());
        assertTrue(twice.body().contains("already has an open invitation"));

        HttpResponse<String> self = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", admin.email()));
        assertEquals(422, self.statusCode());
        assertTrue(self.body().contains("already a member"));
    }

    @Test
    void invitationsStopAtTheSeatCountAndSeatsCannotDropBelowWhatIsTaken() {
        Employers.Person admin = employers.person("Rasmus Admin");
        String id = employers.organisation(admin, "Rasmus Reach");
        admin.session().get("/organisations/" + id + "/members");
        assertEquals(303, admin.session().post("/organisations/" + id + "/settings",
                Map.of("name", "Rasmus Reach", "seats", "2", "budgetHours", "", "budgetPeriod", "WEEK")).statusCode());
        Employers.invite(admin, id, "first@example.com");
        HttpResponse<String> full = admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "second@example.com"));
        assertEquals(422, full.statusCode());
        assertTrue(full.body().contains("All seats are taken"));

        HttpResponse<String> fewer = admin.session().post("/organisations/" + id + "/settings",
                Map.of("name", "Rasmus Reach", "seats", "1", "budgetHours", "", "budgetPeriod", "WEEK"));
        assertEquals(422, fewer.statusCode());
        assertTrue(fewer.body().contains("more members and open invitations than that"));
        HttpResponse<String> nonsense = admin.session().post("/organisations/" + id + "/settings",
                Map.of("name", "Rasmus Reach", "seats", "many", "budgetHours", "", "budgetPeriod", "WEEK"));
        assertEquals(422, nonsense.statusCode());

        clock.advance(Duration.ofDays(15));
        assertEquals(201, admin.session().post("/organisations/" + id + "/invitations", Map.of("email", "second@example.com")).statusCode(),
                "an expired invitation frees its seat");
    }
}
