package app.skillcurrent.web.organisation;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Employers and their staff, made through the real pages: sign up, create an organisation, invite, accept.
 * Ids are read from the pages as a person would find them: in the row of that member or invitation.
 */
final class Employers {

    private final URI base;

    Employers(URI base) {
        this.base = base;
    }

    /** Someone signed up and signed in, with an address no other test uses. */
    Person person(String name) {
        String email = ContentFixtures.unique(name.toLowerCase(Locale.ROOT).replace(' ', '.')) + "@example.com";
        WebSession session = new WebSession(base);
        assertThat(Accounts.signUp(session, email, name, "en").statusCode()).isEqualTo(303);
        return new Person(email, name, session);
    }

    /** An admin with a new organisation; returns the organisation's public id. */
    String organisation(Person admin, String name) {
        admin.session().get("/organisations");
        HttpResponse<String> created = admin.session().post("/organisations", Map.of("name", name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String members = created.headers().firstValue("Location").orElseThrow();
        assertThat(members).matches("/organisations/[0-9a-z]{26}/members");
        return segmentAfter(members, "organisations");
    }

    /** Invites the address and returns the token of the link shown once to the admin. */
    static String invite(Person admin, String organisationId, String email) {
        admin.session().get("/organisations/" + organisationId + "/members");
        HttpResponse<String> invited = admin.session().post("/organisations/" + organisationId + "/invitations", Map.of("email", email));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        return invitationToken(invited);
    }

    /** The token of the invitation link a members page shows once, after inviting or resending. */
    static String invitationToken(HttpResponse<String> page) {
        Element link = page(page).selectFirst("input#invitation-link");
        assertThat(link).as("the page shows the invitation link").isNotNull();
        assertThat(link.attr("value")).matches("https?://.*/invitations/[A-Za-z0-9_-]{43}");
        return segmentAfter(URI.create(link.attr("value")).getPath(), "invitations");
    }

    /**
     * Signs the person in again in the same browser, as someone back after days away does: a session ends 12
     * hours after it started, by the clock tests move.
     */
    static void signInAgain(Person person) {
        HttpResponse<String> signedIn = Accounts.signIn(person.session(), person.email(), CoreFixtures.PASSWORD);
        assertThat(signedIn.statusCode()).as("%s signs in again", person.name()).isEqualTo(303);
    }

    static HttpResponse<String> accept(Person person, String token) {
        person.session().get("/invitations/" + token);
        return person.session().post("/invitations/" + token + "/accept", Map.of());
    }

    /** A new person who joined the organisation through an invitation. */
    Person member(Person admin, String organisationId, String name) {
        Person member = person(name);
        assertThat(accept(member, invite(admin, organisationId, member.email())).statusCode()).isEqualTo(303);
        return member;
    }

    /** A member's public id, read from the role form in their row of the members page. */
    static String memberId(Person admin, String organisationId, String email) {
        Element row = rowOf(admin, organisationId, "members-heading", "th .meta", email);
        return segmentAfter(row.selectFirst("form[action$=/role]").attr("action"), "members");
    }

    /** The id of the open invitation to that address, read from the resend form in its row. */
    static String openInvitationId(Person admin, String organisationId, String email) {
        Element row = rowOf(admin, organisationId, "invitations-heading", "td:eq(0)", email);
        return segmentAfter(row.selectFirst("form[action$=/resend]").attr("action"), "invitations");
    }

    static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    /** The path segment after {@code name}: the id in {@code /organisations/<id>/members}. */
    static String segmentAfter(String path, String name) {
        List<String> segments = List.of(path.split("/"));
        int at = segments.indexOf(name);
        assertThat(at).as(name + " in " + path).isNotNegative().isLessThan(segments.size() - 1);
        return segments.get(at + 1);
    }

    private static Element rowOf(Person admin, String organisationId, String table, String cell, String text) {
        Document page = page(admin.session().get("/organisations/" + organisationId + "/members"));
        return page.select("section[aria-labelledby=" + table + "] tbody tr").stream()
                .filter(row -> row.select(cell).text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " is not listed under " + table));
    }

    record Person(String email, String name, WebSession session) {
    }
}
