package app.skillcurrent.web.account;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Pages;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static app.skillcurrent.web.support.Pages.fieldError;
import static app.skillcurrent.web.support.Pages.flash;
import static app.skillcurrent.web.support.Pages.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The profile as its owner reads it: name and language, the password, and the other devices signed in. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    private WebSession signedUp(String email) {
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, email, "Pat", "en");
        return session;
    }

    @Test
    void theProfileNeedsASignIn() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/profile");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).endsWith("/signin");
    }

    @Test
    void nameAndLanguageAreSavedAndTheLanguageAppliesAtOnce() {
        WebSession session = signedUp("profile@example.com");
        Document before = Pages.parse(session.get("/profile"));
        assertThat(before.select("select#locale option")).as("the languages one may choose, each in its own language")
                .extracting(option -> option.attr("value"), Element::text, option -> option.hasAttr("selected"))
                .containsExactly(tuple("en", "English", true), tuple("de", "Deutsch", false), tuple("da", "dansk", false));

        HttpResponse<String> saved = session.post("/profile", Map.of("displayName", "Patricia", "locale", "da"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document page = Pages.parse(session.get("/profile"));
        assertThat(page.select("html").attr("lang")).as("Danish now").isEqualTo("da");
        assertThat(page.select("main h1").text()).isEqualTo("Din profil");
        assertThat(flash(page)).hasValue("Din profil er gemt.");
        assertThat(page.select("input#displayName").attr("value")).isEqualTo("Patricia");
        assertThat(page.select("select#locale option[selected]")).extracting(Element::text).containsExactly("dansk");
    }

    @Test
    void anEmptyNameIsRefused() {
        WebSession session = signedUp("empty@example.com");
        session.get("/profile");
        HttpResponse<String> response = session.post("/profile", Map.of("displayName", " ", "locale", "en"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(fieldError(response, "displayName")).isEqualTo("This field is required.");
        assertThat(Pages.parse(response).select(".error-summary h2").text()).isEqualTo("Please correct the field marked below.");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndThenTheNewOneWorks() {
        WebSession session = signedUp("pw@example.com");
        session.get("/profile");
        HttpResponse<String> wrong = session.post("/profile/password",
                Map.of("currentPassword", "not-my-password", "newPassword", "a-new-password-1"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(fieldError(wrong, "currentPassword")).isEqualTo("This is not your current password.");
        assertThat(Pages.parse(wrong).select("input[type=password]")).extracting(input -> input.attr("value"))
                .as("no password is echoed back").containsOnly("");

        HttpResponse<String> tooShort = session.post("/profile/password",
                Map.of("currentPassword", CoreFixtures.PASSWORD, "newPassword", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(fieldError(tooShort, "newPassword")).isEqualTo("Use at least 10 characters.");
        assertThat(Pages.parse(tooShort).select(".error-summary a")).extracting(a -> a.attr("href"))
                .as("only the wrong field is listed").containsExactly("#newPassword");

        HttpResponse<String> changed = session.post("/profile/password",
                Map.of("currentPassword", CoreFixtures.PASSWORD, "newPassword", "a-new-password-1"));
        assertThat(changed.statusCode()).isEqualTo(303);

        assertThat(Accounts.signIn(new WebSession(server.getURI()), "pw@example.com", CoreFixtures.PASSWORD).statusCode())
                .as("the old password no longer signs in").isEqualTo(422);
        assertThat(Accounts.signIn(new WebSession(server.getURI()), "pw@example.com", "a-new-password-1").statusCode())
                .as("the new one does").isEqualTo(303);
    }

    @Test
    void changingThePasswordSignsOutEveryOtherDeviceButNotThisOne() {
        WebSession laptop = signedUp("devices@example.com");
        WebSession phone = new WebSession(server.getURI());
        assertThat(Accounts.signIn(phone, "devices@example.com", CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
        WebSession lostTablet = new WebSession(server.getURI());
        assertThat(Accounts.signIn(lostTablet, "devices@example.com", CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(phone.get("/profile").statusCode()).isEqualTo(200);
        assertThat(lostTablet.get("/profile").statusCode()).isEqualTo(200);

        laptop.get("/profile");
        HttpResponse<String> changed = laptop.post("/profile/password",
                Map.of("currentPassword", CoreFixtures.PASSWORD, "newPassword", "a-new-password-2"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(flash(Pages.parse(laptop.get("/profile")))).as("the device that changed it stays signed in")
                .hasValue("Your password is changed, and every other device is signed out.");
        assertSignedOut(phone, "a device signed in with the old password");
        assertSignedOut(lostTablet, "another device signed in with the old password");
        assertThat(Pages.parse(phone.get("/")).select("header nav a[href=/signin]")).as("public pages show it signed out too")
                .extracting(Element::text).containsExactly("Sign in");

        assertThat(Accounts.signIn(phone, "devices@example.com", "a-new-password-2").statusCode()).isEqualTo(303);
        assertThat(phone.get("/profile").statusCode()).as("signing in again starts a session that counts").isEqualTo(200);
    }

    @Test
    void signingOutOtherDevicesKeepsThisOne() {
        WebSession here = signedUp("elsewhere@example.com");
        WebSession there = new WebSession(server.getURI());
        assertThat(Accounts.signIn(there, "elsewhere@example.com", CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(there.get("/profile").statusCode()).isEqualTo(200);

        Document profile = Pages.parse(here.get("/profile"));
        assertThat(profile.select("section[aria-labelledby=sessions-heading] form[action=/profile/sessions] button"))
                .extracting(Element::text).containsExactly("Sign out of all other devices");
        HttpResponse<String> ended = here.post("/profile/sessions", Map.of());
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(flash(Pages.parse(here.get("/profile")))).hasValue("You are now signed out on every other device.");
        assertSignedOut(there, "the other device");
        assertThat(there.postRaw("/profile/sessions", Map.of("csrfToken", "forged")).statusCode())
                .as("the form needs its CSRF token like every other").isEqualTo(403);
    }

    private static void assertSignedOut(WebSession session, String what) {
        HttpResponse<String> response = session.get("/profile");
        assertThat(response.statusCode()).as(what + " must be signed out").isEqualTo(303);
        assertThat(location(response)).as(what).endsWith("/signin");
    }
}
