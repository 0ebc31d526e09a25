package app.skillcurrent.web.view;

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

/** Preference, else the language picked while signed out, else Accept-Language, else English. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    private WebSession session() {
        return new WebSession(server.getURI());
    }

    @Test
    void acceptLanguagePicksTheBestSupportedLanguage() {
        assertTrue(session().acceptLanguage("de-DE,de;q=0.9,en;q=0.5").get("/").body().contains("<html lang=\"de\">"));
        assertTrue(session().acceptLanguage("da").get("/").body().contains("Viden om sociale medier"));
        assertTrue(session().acceptLanguage("fr-FR, da;q=0.4").get("/").body().contains("<html lang=\"da\">"));
    }

    @Test
    void unsupportedOrMissingLanguagesFallBackToEnglish() {
        assertTrue(session().acceptLanguage("fr-FR,fr;q=0.9").get("/").body().contains("<html lang=\"en\">"));
        assertTrue(session().get("/").body().contains("Social media skills that stay current"));
        assertTrue(session().acceptLanguage(";;;q=garbage").get("/").body().contains("<html lang=\"en\">"));
    }

    @Test
    void theSwitcherOverridesTheBrowserAndReturnsToTheSamePage() {
        WebSession session = session().acceptLanguage("de");
        session.get("/signin");
        HttpResponse<String> switched = session.post("/language", Map.of("lang", "da", "returnTo", "/signin"));
        assertEquals(303, switched.statusCode());
        assertEquals("/signin", switched.headers().firstValue("Location").orElseThrow());
        assertTrue(session.get("/signin").body().contains("<html lang=\"da\">"));
    }

    @Test
    void theSwitcherNeverRedirectsToAnotherSite() {
        WebSession session = session();
        session.get("/");
        HttpResponse<String> response = session.post("/language", Map.of("lang", "de", "returnTo", "//evil.example/"));
        assertEquals("/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        WebSession session = session();
        session.get("/");
        assertEquals(400, session.post("/language", Map.of("lang", "xx", "returnTo", "/")).statusCode());
    }

    @Test
    void theSignedInPreferenceWinsOverTheBrowser() {
        WebSession session = session().acceptLanguage("en");
        Accounts.signUp(session, "dane@example.com", "Dane", "da");
        assertTrue(session.get("/").body().contains("<html lang=\"da\">"));

        session.post("/language", Map.of("lang", "de", "returnTo", "/"));
        WebSession elsewhere = session().acceptLanguage("en");
        Accounts.signIn(elsewhere, "dane@example.com", Fixtures.PASSWORD);
        assertTrue(elsewhere.get("/").body().contains("<html lang=\"de\">"), "the switch was saved to the profile");
    }
}
