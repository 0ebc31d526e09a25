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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static app.skillcurrent.web.support.Pages.fieldError;
import static app.skillcurrent.web.support.Pages.flash;
import static app.skillcurrent.web.support.Pages.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Sign-up, sign-in and sign-out as a person sees them: messages at the fields, the greeting, the header. */
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

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/");
        assertThat(session.cookie("session")).as("session cookie set").isPresent();
        Document home = Pages.parse(session.get("/"));
        assertThat(flash(home)).as("flash shown once").hasValue("Welcome! Your account is ready.");
        assertThat(profileLink(home)).as("the header names who is signed in").isEqualTo("Profile (Maria Jensen)");
        assertThat(flash(Pages.parse(session.get("/")))).as("flash gone on the next page").isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        WebSession session = newSession();
        session.get("/signup");
        HttpResponse<String> response = session.post("/signup", Map.of("email", "cookie@example.com",
                "displayName", "Cookie", "password", CoreFixtures.PASSWORD, "locale", "en", "consent", "yes"));
        String setCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith("session=")).findFirst().orElseThrow();
        List<String> attributes = Arrays.stream(setCookie.split(";")).map(String::strip).toList();
        assertThat(attributes).as(setCookie)
                .anySatisfy(attribute -> assertThat(attribute).isEqualToIgnoringCase("HttpOnly"))
                .contains("SameSite=Lax");
    }

    @Test
    void aDuplicateEmailIsRefusedNextToTheField() {
        Accounts.signUp(newSession(), "taken@example.com", "First", "en");

        HttpResponse<String> second = Accounts.signUp(newSession(), "Taken@Example.com ", "Second", "en");

        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(fieldError(second, "email"))
                .isEqualTo("An account with this email address already exists. Sign in instead, or use another address.");
        assertThat(Pages.parse(second).select("input#displayName").attr("value")).as("what was typed is kept").isEqualTo("Second");
    }

    @Test
    void weakPasswordsMalformedEmailsAndOverlongNamesAreRefusedWithMessages() {
        WebSession session = newSession();
        session.get("/signup");
        HttpResponse<String> response = session.post("/signup", Map.of(
                "email", "not-an-email", "displayName", "x".repeat(101), "password", "short", "locale", "en", "consent", "yes"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(fieldError(response, "email")).isEqualTo("Enter an email address like name@example.com.");
        assertThat(fieldError(response, "displayName")).isEqualTo("Use at most 100 characters.");
        assertThat(fieldError(response, "password")).isEqualTo("Use at least 10 characters.");
        Document page = Pages.parse(response);
        assertThat(page.select(".error-summary h2").text()).isEqualTo("Please correct the 3 fields marked below.");
        assertThat(page.select(".error-summary a")).as("the summary lists every wrong field in form order")
                .extracting(a -> a.attr("href"), Element::text)
                .containsExactly(tuple("#email", "Email address: Enter an email address like name@example.com."),
                        tuple("#displayName", "Your name: Use at most 100 characters."),
                        tuple("#password", "Password: Use at least 10 characters."));
        assertThat(page.select("input#email").attr("value")).as("what was typed is kept").isEqualTo("not-an-email");
        assertThat(page.select("input")).extracting(input -> input.attr("value"))
                .as("a password is never echoed back").doesNotContain("short");
    }

    @Test
    void anAddressWithMarkupAndANameWithABidiOverrideAreRefused() {
        WebSession session = newSession();
        session.get("/signup");
        HttpResponse<String> response = session.post("/signup", Map.of("email", "<img src=x>@example.com",
                "displayName", "Ann\u202Enimda", "password", CoreFixtures.PASSWORD, "locale", "en"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(fieldError(response, "email")).isEqualTo("Enter an email address like name@example.com.");
        assertThat(fieldError(response, "displayName"))
                .isEqualTo("Use letters, numbers, spaces and punctuation: no line breaks, control characters or text-direction marks.");
    }

    @Test
    void commonPersonalAndPredictablePasswordsAreRefusedWithTheReason() {
        Map<String, String> reasons = Map.of(
                "password12", "This is one of the most common passwords and is guessed quickly. Choose another, for example three or four unrelated words.",
                "maria.jensen@example.com", "This password contains your email address or your name, which others can guess. Choose one without them.",
                "MariaJensen1", "This password contains your email address or your name, which others can guess. Choose one without them.",
                "aaaaaaaaaa", "This password is easy to guess: repeated characters, sequences, keyboard patterns or dates. Make it longer and less predictable, for example three or four unrelated words.");
        reasons.forEach((password, reason) -> {
            WebSession session = newSession();
            session.get("/signup");
            HttpResponse<String> response = session.post("/signup", Map.of("email", "maria.jensen@example.com",
                    "displayName", "Maria Jensen", "password", password, "locale", "en", "consent", "yes"));
            assertThat(response.statusCode()).as(password).isEqualTo(422);
            assertThat(fieldError(response, "password")).as(password).isEqualTo(reason);
            assertThat(session.cookie("session")).isEmpty();
        });

        WebSession german = newSession().acceptLanguage("de");
        german.get("/signup");
        assertThat(fieldError(german.post("/signup", Map.of("email", "maria.jensen@example.com", "displayName", "Maria Jensen",
                "password", "password12", "locale", "de", "consent", "yes")), "password"))
                .startsWith("Dies ist eines der häufigsten Passwörter");
        assertThat(Accounts.signUp(newSession(), "maria.jensen@example.com", "Maria Jensen", "en").statusCode())
                .as("a strong password opens the account").isEqualTo(303);
    }

    @Test
    void anUnsupportedLanguageIsRefused() {
        WebSession session = newSession();
        Document form = Pages.parse(session.get("/signup"));
        assertThat(form.select("select#locale option")).as("the languages one may choose")
                .extracting(option -> option.attr("value"), Element::text)
                .containsExactly(tuple("en", "English"), tuple("de", "Deutsch"), tuple("da", "dansk"));

        HttpResponse<String> response = session.post("/signup", Map.of(
                "email", "lang@example.com", "displayName", "L", "password", CoreFixtures.PASSWORD, "locale", "fr", "consent", "yes"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(fieldError(response, "locale")).isEqualTo("Choose English, Deutsch or dansk.");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndNothingIsCreated() {
        WebSession attacker = newSession();
        attacker.get("/signup");
        HttpResponse<String> response = attacker.postRaw("/signup", Map.of(
                "email", "csrf@example.com", "displayName", "C", "password", CoreFixtures.PASSWORD, "locale", "en", "consent", "yes"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Pages.parse(response).select("main h1").text()).isEqualTo("This form has expired");

        HttpResponse<String> forged = attacker.postRaw("/signup", Map.of("csrfToken", "forged-token",
                "email", "csrf@example.com", "displayName", "C", "password", CoreFixtures.PASSWORD, "locale", "en", "consent", "yes"));
        assertThat(forged.statusCode()).isEqualTo(403);

        assertThat(Accounts.signUp(newSession(), "csrf@example.com", "C", "en").statusCode())
                .as("the refused attempts created no account").isEqualTo(303);
    }

    @Test
    void aTokenFromAnotherBrowserDoesNotWork() {
        WebSession victim = newSession();
        victim.get("/signup");
        WebSession attacker = newSession();
        attacker.get("/signup");
        HttpResponse<String> response = attacker.postRaw("/signup", Map.of("csrfToken", victim.csrfToken(),
                "email", "cross@example.com", "displayName", "C", "password", CoreFixtures.PASSWORD, "locale", "en", "consent", "yes"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void signInSignOutAndSignInAgain() {
        Accounts.signUp(newSession(), "sam@example.com", "Sam", "en");
        WebSession session = newSession();

        HttpResponse<String> signIn = Accounts.signIn(session, "SAM@example.com", CoreFixtures.PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(profileLink(Pages.parse(session.get("/")))).isEqualTo("Profile (Sam)");

        HttpResponse<String> signOut = session.post("/signout", Map.of());
        assertThat(signOut.statusCode()).isEqualTo(303);
        Document home = Pages.parse(session.get("/"));
        assertThat(flash(home)).hasValue("You are signed out.");
        assertThat(home.select("header nav a[href=/signin]")).extracting(Element::text).containsExactly("Sign in");
        assertThat(home.select("header nav a[href=/profile]")).isEmpty();
        assertThat(session.get("/profile").statusCode()).as("profile needs a session again").isEqualTo(303);
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPart() {
        Accounts.signUp(newSession(), "wrong@example.com", "W", "en");
        HttpResponse<String> response = Accounts.signIn(newSession(), "wrong@example.com", "not-the-password");
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Pages.parse(response);
        assertThat(page.select(".error-summary").text()).isEqualTo("The email address or password is wrong.");
        assertThat(page.select("input#email").attr("value")).as("the address is kept").isEqualTo("wrong@example.com");
        assertThat(page.select("input#password").attr("value")).as("the password is not").isEmpty();
        HttpResponse<String> unknown = Accounts.signIn(newSession(), "nobody@example.com", "not-the-password");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(Pages.parse(unknown).select(".error-summary").text()).isEqualTo("The email address or password is wrong.");
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPasswordAfterwards() {
        Accounts.signUp(newSession(), "guess@example.com", "G", "en");
        WebSession guesser = newSession();
        for (int i = 0; i < 5; i++) {
            assertThat(Accounts.signIn(guesser, "guess@example.com", "guess-" + i).statusCode()).as("guess %d", i).isEqualTo(422);
        }
        HttpResponse<String> sixth = Accounts.signIn(guesser, "guess@example.com", CoreFixtures.PASSWORD);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Pages.parse(sixth).select(".error-summary").text())
                .isEqualTo("Too many failed sign-ins. For your security, please wait 1 minute and try again.");
        assertThat(guesser.cookie("session")).isEmpty();

        Accounts.signUp(newSession(), "bystander@example.com", "B", "en");
        assertThat(Accounts.signIn(newSession(), "bystander@example.com", CoreFixtures.PASSWORD).statusCode())
                .as("another account is not locked by it").isEqualTo(303);
    }

    /** The header's link to the profile, with the signed-in person's name its screen-reader text adds. */
    private static String profileLink(Document page) {
        Element link = page.selectFirst("header nav a[href=/profile]");
        assertThat(link).as("a link to the profile in the header of: %s", page.select("header").text()).isNotNull();
        return link.text();
    }
}
