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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpAndSignInTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    private WebSession newSession() {
        return new WebSession(server.getURI());
    }

    @Test
    void signingUpStartsASessionAndGreetsThePerson() {
        WebSession session = newSession();
        HttpResponse<String> response = Accounts.signUp(session, "maria@example.com", "Maria Jensen", "en");

        assertEquals(303, response.statusCode());
        assertEquals("/", response.headers().firstValue("Location").orElseThrow());
        assertTrue(session.cookie("session").isPresent(), "session cookie set");
        String home = session.get("/").body();
        assertTrue(home.contains("Welcome! Your account is ready."), "flash shown once");
        assertTrue(home.contains("Maria Jensen"));
        assertFalse(session.get("/").body().contains("Welcome! Your account is ready."), "flash gone on the next page");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        WebSession session = newSession();
        session.get("/signup");
        HttpResponse<String> response = session.post("/signup", Map.of("email", "cookie@example.com",
                "displayName", "Cookie", "password", Fixtures.PASSWORD, "locale", "en"));
        String setCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith("session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void aDuplicateEmailIsRefusedNextToTheField() {
        Accounts.signUp(newSession(), "taken@example.com", "First", "en");

        HttpResponse<String> second = Accounts.signUp(newSession(), "Taken@Example.com ", "Second", "en");

        assertEquals(422, second.statusCode());
        assertTrue(second.body().contains("id=\"email-error\""));
        assertTrue(second.body().contains("An account with this email address already exists"));
        assertTrue(second.body().contains("value=\"Second\""), "what was typed is kept");
    }

    @Test
    void weakPasswordsMalformedEmailsAndOverlongNamesAreRefusedWithMessages() {
        WebSession session = newSession();
        session.get("/signup");
        HttpResponse<String> response = session.post("/signup", Map.of(
                "email", "not-an-email", "displayName", "x".repeat(101), "password", "short", "locale", "en"));

        assertEquals(422, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("Enter an email address like name@example.com."), "email message");
        assertTrue(body.contains("Use at least 10 characters."), "password message");
        assertTrue(body.contains("Use at most 100 characters."), "name message");
        assertTrue(body.contains("Please correct the 3 fields marked below."));
        assertFalse(body.contains("value=\"short\""), "a password is never echoed back");
    }

    @Test
    void anUnsupportedLanguageIsRefused() {
        WebSession session = newSession();
        session.get("/signup");
        HttpResponse<String> response = session.post("/signup", Map.of(
                "email", "lang@example.com", "displayName", "L", "password", Fixtures.PASSWORD, "locale", "fr"));
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("id=\"locale-error\""));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndNothingIsCreated() {
        WebSession attacker = newSession();
        attacker.get("/signup");
        HttpResponse<String> response = attacker.postRaw("/signup", Map.of(
                "email", "csrf@example.com", "displayName", "C", "password", Fixtures.PASSWORD, "locale", "en"));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("This form has expired"));

        HttpResponse<String> forged = attacker.postRaw("/signup", Map.of("csrfToken", "forged-token",
                "email", "csrf@example.com", "displayName", "C", "password", Fixtures.PASSWORD, "locale", "en"));
        assertEquals(403, forged.statusCode());

        assertEquals(303, Accounts.signUp(newSession(), "csrf@example.com", "C", "en").statusCode(),
                "the refused attempts created no account");
    }

    @Test
    void aTokenFromAnotherBrowserDoesNotWork() {
        WebSession victim = newSession();
        victim.get("/signup");
        WebSession attacker = newSession();
        attacker.get("/signup");
        HttpResponse<String> response = attacker.postRaw("/signup", Map.of("csrfToken", victim.csrfToken(),
                "email", "cross@example.com", "displayName", "C", "password", Fixtures.PASSWORD, "locale", "en"));
        assertEquals(403, response.statusCode());
    }

    @Test
    void signInSignOutAndSignInAgain() {
        Accounts.signUp(newSession(), "sam@example.com", "Sam", "en");
        WebSession session = newSession();

        HttpResponse<String> signIn = Accounts.signIn(session, "SAM@example.com", Fixtures.PASSWORD);
        assertEquals(303, signIn.statusCode());
        assertTrue(session.get("/").body().contains("Sam"));

        HttpResponse<String> signOut = session.post("/signout", Map.of());
        assertEquals(303, signOut.statusCode());
        String home = session.get("/").body();
        assertTrue(home.contains("You are signed out."));
        assertTrue(home.contains("href=\"/signin\""));
        assertEquals(303, session.get("/profile").statusCode(), "profile needs a session again");
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPart() {
        Accounts.signUp(newSession(), "wrong@example.com", "W", "en");
        HttpResponse<String> response = Accounts.signIn(newSession(), "wrong@example.com", "not-the-password");
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("The email address or password is wrong."));
        HttpResponse<String> unknown = Accounts.signIn(newSession(), "nobody@example.com", "not-the-password");
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("The email address or password is wrong."));
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPasswordAfterwards() {
        Accounts.signUp(newSession(), "guess@example.com", "G", "en");
        WebSession guesser = newSession();
        for (int i = 0; i < 5; i++) {
            assertEquals(422, Accounts.signIn(guesser, "guess@example.com", "guess-" + i).statusCode());
        }
        HttpResponse<String> sixth = Accounts.signIn(guesser, "guess@example.com", Fixtures.PASSWORD);
        assertEquals(429, sixth.statusCode());
        assertTrue(sixth.body().contains("Too many failed sign-ins"));
        assertTrue(sixth.body().contains("wait 15 minutes"));
        assertTrue(guesser.cookie("session").isEmpty());

        Accounts.signUp(newSession(), "bystander@example.com", "B", "en");
        assertEquals(303, Accounts.signIn(newSession(), "bystander@example.com", Fixtures.PASSWORD).statusCode(),
                "another account is not locked by it");
    }
}
