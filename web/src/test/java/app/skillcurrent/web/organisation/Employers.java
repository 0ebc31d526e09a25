package app.skillcurrent.web.organisation;

import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.Fixtures;
import app.skillcurrent.testing.WebSession;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Employers and their staff, made through the real pages: sign up, create an organisation, invite, accept. */
final class Employers {

    static final Pattern LINK = Pattern.compile("value=\"https?://[^\"]*/invitations/([A-Za-z0-9_-]{43})\"");
    private static final Pattern ORGANISATION = Pattern.compile("/organisations/([0-9a-z]{26})/members");

    private final URI base;

    Employers(URI base) {
        this.base = base;
    }

    /** Someone signed up and signed in, with an address no other test uses. */
    Person person(String name) {
        String email = Fixtures.unique(name.toLowerCase(Locale.ROOT).replace(' ', '.')) + "@example.com";
        WebSession session = new WebSession(base);
        assertEquals(303, Accounts.signUp(session, email, name, "en").statusCode());
        return new Person(email, name, session);
    }

    /** An admin with a new organisation; returns the organisation's public id. */
    String organisation(Person admin, String name) {
        admin.session().get("/organisations");
        HttpResponse<String> created = admin.session().post("/organisations", Map.of("name", name));
        assertEquals(303, created.statusCode(), created.body());
        Matcher id = ORGANISATION.matcher(created.headers().firstValue("Location").orElseThrow());
        assertTrue(id.find());
        return id.group(1);
    }

    /** Invites the address and returns the token of the link shown once to the admin. */
    static String invite(Person admin, String organisationId, String email) {
        admin.session().get("/organisations/" + organisationId + "/members");
        HttpResponse<String> invited = admin.session().post("/organisations/" + organisationId + "/invitations", Map.of("email", email));
        assertEquals(201, invited.statusCode(), invited.body());
        Matcher link = LINK.matcher(invited.body());
        assertTrue(link.find(), "the page shows the invitation link");
        return link.group(1);
    }

    static HttpResponse<String> accept(Person person, String token) {
        person.session().get("/invitations/" + token);
        return person.session().post("/invitations/" + token + "/accept", Map.of());
    }

    /** A new person who joined the organisation through an invitation. */
    Person member(Person admin, String organisationId, String name) {
        Person member = person(name);
        assertEquals(303, accept(member, invite(admin, organisationId, member.email())).statusCode());
        return member;
    }

    /** A member's public id, read from their role form on the members page. */
    static String memberId(Person admin, String organisationId, String email) {
        return idAfter(admin, organisationId, email, "/members/([0-9a-z]{26})/role");
    }

    /** The id of the open invitation to that address, read from its resend form on the members page. */
    static String openInvitationId(Person admin, String organisationId, String email) {
        return idAfter(admin, organisationId, "<td>" + email + "</td>", "/invitations/([0-9a-z]{26})/resend");
    }

    private static String idAfter(Person admin, String organisationId, String marker, String idPattern) {
        String page = admin.session().get("/organisations/" + organisationId + "/members").body();
        int row = page.indexOf(marker);
        assertTrue(row > 0, marker + " is listed");
        Matcher id = Pattern.compile(idPattern).matcher(page);
        assertTrue(id.find(row), idPattern + " after " + marker);
        return id.group(1);
    }

    record Person(String email, String name, WebSession session) {
    }
}
