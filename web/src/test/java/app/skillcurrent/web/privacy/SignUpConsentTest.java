package app.skillcurrent.web.privacy;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Pages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.util.Map;

import static app.skillcurrent.web.support.Pages.fieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Signing up means accepting the installation's terms and privacy notice; the acceptance is kept with its version. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpConsentTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    private static Map<String, String> form(String email, boolean consent) {
        return consent
                ? Map.of("email", email, "displayName", "Liv", "password", CoreFixtures.PASSWORD, "locale", "en", "consent", "yes")
                : Map.of("email", email, "displayName", "Liv", "password", CoreFixtures.PASSWORD, "locale", "en");
    }

    @Test
    void withoutTheConsentNoAccountIsOpenedAndTheFieldSaysWhy() {
        WebSession visitor = new WebSession(server.getURI());
        visitor.get("/signup");
        HttpResponse<String> refused = visitor.post("/signup", form("no-consent@example.com", false));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(fieldError(refused, "consent"))
                .isEqualTo("To create an account, accept the terms of use and the privacy notice.");
        Document page = Pages.parse(refused);
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"), Element::text).containsExactly(
                tuple("#consent", "Terms of use and privacy notice: To create an account, accept the terms of use and the privacy notice."));
        assertThat(page.select("input#email").attr("value")).as("nothing typed is lost").isEqualTo("no-consent@example.com");
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM users WHERE email = ?", "no-consent@example.com")).isZero();

        HttpResponse<String> forged = visitor.post("/signup", Map.of("email", "forged@example.com", "displayName", "F",
                "password", CoreFixtures.PASSWORD, "locale", "en", "consent", "maybe"));
        assertThat(forged.statusCode()).as("only the box's own value counts").isEqualTo(422);
    }

    @Test
    void theAcceptanceIsKeptWithTheTextsVersionAndTime() {
        WebSession visitor = new WebSession(server.getURI());
        visitor.get("/signup");
        assertThat(visitor.post("/signup", form("consents@example.com", true)).statusCode()).isEqualTo(303);

        long userId = Sql.single(dataSource, "SELECT id FROM users WHERE email = ?", "consents@example.com");
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM account_consents WHERE user_id = ? AND version = ? AND accepted_at = ?",
                userId, "placeholder-1", java.sql.Timestamp.from(clock.instant()))).isOne();
    }

    @Test
    void theFormLinksTheInstallationsTextsInTheReadersLanguageAndEachOneExists() {
        Document english = Pages.parse(new WebSession(server.getURI()).get("/signup"));
        assertThat(english.select("label:has(input#consent)").text())
                .isEqualTo("I accept the terms of use and I have read the privacy notice.");
        assertThat(english.select("#consent-hint a")).extracting(Element::text, a -> a.attr("href"))
                .containsExactly(tuple("Terms of use", "/legal/terms/en"), tuple("Privacy notice", "/legal/privacy/en"));
        Document danish = Pages.parse(new WebSession(server.getURI()).acceptLanguage("da").get("/signup"));
        assertThat(danish.select("#consent-hint a")).extracting(Element::text, a -> a.attr("href"))
                .containsExactly(tuple("Brugsvilkår", "/legal/terms/da"), tuple("Privatlivserklæring", "/legal/privacy/da"));

        for (String document : new String[]{"terms", "privacy"}) {
            for (String language : new String[]{"en", "de", "da"}) {
                Document text = Pages.parse(new WebSession(server.getURI()).get("/legal/" + document + "/" + language));
                assertThat(text.select("article[lang=" + language + "] h1").text()).as(document + "/" + language).isNotBlank();
                assertThat(text.select("article code").eachText()).as("says how to replace it")
                        .contains("app.legal." + document + "-url", "app.legal.version");
            }
        }
        assertThat(new WebSession(server.getURI()).get("/legal/terms/fr").statusCode()).isEqualTo(404);
    }
}
