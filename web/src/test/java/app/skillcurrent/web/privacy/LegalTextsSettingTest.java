package app.skillcurrent.web.privacy;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Pages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An installation points the sign-up form at its own texts: {@code app.legal}. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegalTextsSettingTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("app.legal.terms-url", "https://legal.example.com/{language}/terms",
                "app.legal.privacy-url", "/privacy-notice.html");
    }

    @Test
    void theFormLinksTheConfiguredTexts() {
        assertThat(Pages.parse(new WebSession(server.getURI()).acceptLanguage("de").get("/signup")).select("#consent-hint a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("https://legal.example.com/de/terms", "/privacy-notice.html");
    }
}
