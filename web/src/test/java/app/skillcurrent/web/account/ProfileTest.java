package app.skillcurrent.web.account;

import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/signin"));
    }

    @Test
    void nameAndLanguageAreSavedAndTheLanguageAppliesAtOnce() {
        WebSession session = signedUp("profile@example.com");
        session.get("/profile");
        HttpResponse<String> saved = session.post("/profile", Map.of("displayName", "Patricia", "locale", "da"));
        assertEquals(303, saved.statusCode());
        String page = session.get("/profile").body();
        assertTrue(page.contains("Din profil"), "Danish now");
        assertTrue(page.contains("Din profil er gemt."));
        assertTrue(page.contains("value=\"Patricia\""));
    }

    @Test
    void anEmptyNameIsRefused() {
        WebSession session = signedUp("empty@example.com");
        session.get("/profile");
        HttpResponse<String> response = session.post("/profile", Map.of("displayName", " ", "locale", "en"));
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("This field is required."));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndThenTheNewOneWorks() {
        WebSession session = signedUp("pw@example.com");
        session.get("/profile");
        HttpResponse<String> wrong = session.post("/profile/password",
                Map.of("currentPassword", "not-my-password", "newPassword", "a-new-password-1"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("This is not your current password."));

        HttpResponse<String> tooShort = session.post("/profile/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short"));
        assertEquals(422, tooShort.statusCode());
        assertTrue(tooShort.body().contains("id=\"newPassword-error\""));

        HttpResponse<String> changed = session.post("/profile/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "a-new-password-1"));
        assertEquals(303, changed.statusCode());

        assertEquals(422, Accounts.signIn(new WebSession(server.getURI()), "pw@example.com", Fixtures.PASSWORD).statusCode());
        assertEquals(303, Accounts.signIn(new WebSession(server.getURI()), "pw@example.com", "a-new-password-1").statusCode());
    }

    @Test
    void changingThePasswordSignsOutEveryOtherDeviceButNotThisOne() {
        WebSession laptop = signedUp("devices@example.com");
        WebSession phone = new WebSession(server.getURI());
        assertEquals(303, Accounts.signIn(phone, "devices@example.com", Fixtures.PASSWORD).statusCode());
        WebSession lostTablet = new WebSession(server.getURI());
        assertEquals(303, Accounts.signIn(lostTablet, "devices@example.com", Fixtures.PASSWORD).statusCode());
        assertEquals(200, phone.get("/profile").statusCode());
        assertEquals(200, lostTablet.get("/profile").statusCode());

        laptop.get("/profile");
        HttpResponse<String> changed = laptop.post("/profile/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "a-new-password-2"));
        assertEquals(303, changed.statusCode());
        String page = laptop.get("/profile").body();
        assertTrue(page.contains("every other device is signed out"), "the device that changed it stays signed in");
        assertSignedOut(phone, "a device signed in with the old password");
        assertSignedOut(lostTablet, "another device signed in with the old password");
        assertTrue(phone.get("/").body().contains("href=\"/signin\""), "public pages show it signed out too");

        assertEquals(303, Accounts.signIn(phone, "devices@example.com", "a-new-password-2").statusCode());
        assertEquals(200, phone.get("/profile").statusCode(), "signing in again starts a session that counts");
    }

    @Test
    void signingOutOtherDevicesKeepsThisOne() {
        WebSession here = signedUp("elsewhere@example.com");
        WebSession there = new WebSession(server.getURI());
        assertEquals(303, Accounts.signIn(there, "elsewhere@example.com", Fixtures.PASSWORD).statusCode());
        assertEquals(200, there.get("/profile").statusCode());

        assertTrue(here.get("/profile").body().contains("action=\"/profile/sessions\""));
        HttpResponse<String> ended = here.post("/profile/sessions", Map.of());
        assertEquals(303, ended.statusCode());
        assertTrue(here.get("/profile").body().contains("You are now signed out on every other device."));
        assertSignedOut(there, "the other device");
        assertEquals(403, there.postRaw("/profile/sessions", Map.of("csrfToken", "forged")).statusCode(),
                "the form needs its CSRF token like every other");
    }

    private static void assertSignedOut(WebSession session, String what) {
        HttpResponse<String> response = session.get("/profile");
        assertEquals(303, response.statusCode(), what + " must be signed out");
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/signin"), what);
    }
}
