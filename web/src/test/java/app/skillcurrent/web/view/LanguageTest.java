package app.skillcurrent.web.view;

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

import static app.skillcurrent.web.support.Pages.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        assertThat(language(session().acceptLanguage("de-DE,de;q=0.9,en;q=0.5").get("/"))).isEqualTo("de");
        assertThat(heading(session().acceptLanguage("da").get("/"))).isEqualTo("Viden om sociale medier, der holder sig aktuel");
        assertThat(language(session().acceptLanguage("fr-FR, da;q=0.4").get("/"))).as("French is not offered, Danish is").isEqualTo("da");
    }

    @Test
    void unsupportedOrMissingLanguagesFallBackToEnglish() {
        assertThat(language(session().acceptLanguage("fr-FR,fr;q=0.9").get("/"))).isEqualTo("en");
        assertThat(heading(session().get("/"))).isEqualTo("Social media skills that stay current");
        assertThat(language(session().acceptLanguage(";;;q=garbage").get("/"))).isEqualTo("en");
    }

    @Test
    void theSwitcherOffersEveryLanguageByItsOwnNameWithTheCurrentOneChosen() {
        Document page = Pages.parse(session().acceptLanguage("de").get("/signin"));
        assertThat(page.select("footer label[for=language-select]").text()).isEqualTo("Sprache");
        assertThat(page.select("footer select#language-select option"))
                .extracting(option -> option.attr("value"), Element::text, option -> option.hasAttr("selected"))
                .containsExactly(tuple("en", "English", false), tuple("de", "Deutsch", true), tuple("da", "dansk", false));
    }

    @Test
    void theSwitcherOverridesTheBrowserAndReturnsToTheSamePage() {
        WebSession session = session().acceptLanguage("de");
        session.get("/signin");
        HttpResponse<String> switched = session.post("/language", Map.of("lang", "da", "returnTo", "/signin"));
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(location(switched)).isEqualTo("/signin");
        HttpResponse<String> signIn = session.get("/signin");
        assertThat(language(signIn)).isEqualTo("da");
        assertThat(heading(signIn)).isEqualTo("Log ind");
    }

    @Test
    void theSwitcherNeverRedirectsToAnotherSite() {
        WebSession session = session();
        session.get("/");
        HttpResponse<String> response = session.post("/language", Map.of("lang", "de", "returnTo", "//evil.example/"));
        assertThat(location(response)).isEqualTo("/");
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        WebSession session = session();
        session.get("/");
        assertThat(session.post("/language", Map.of("lang", "xx", "returnTo", "/")).statusCode()).isEqualTo(400);
    }

    @Test
    void theSignedInPreferenceWinsOverTheBrowser() {
        WebSession session = session().acceptLanguage("en");
        Accounts.signUp(session, "dane@example.com", "Dane", "da");
        assertThat(language(session.get("/"))).isEqualTo("da");

        session.post("/language", Map.of("lang", "de", "returnTo", "/"));
        WebSession elsewhere = session().acceptLanguage("en");
        Accounts.signIn(elsewhere, "dane@example.com", CoreFixtures.PASSWORD);
        assertThat(language(elsewhere.get("/"))).as("the switch was saved to the profile").isEqualTo("de");
    }

    /** The language the page declares, which screen readers and browsers go by. */
    private static String language(HttpResponse<String> response) {
        return Pages.parse(response).select("html").attr("lang");
    }

    private static String heading(HttpResponse<String> response) {
        return Pages.parse(response).select("main h1").text();
    }
}
