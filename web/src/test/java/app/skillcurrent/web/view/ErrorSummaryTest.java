package app.skillcurrent.web.view;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The summary above a refused form names each wrong field by its label and links to the field. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorSummaryTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theSummaryNamesAndLinksEveryWrongFieldInFormOrder() {
        WebSession visitor = new WebSession(server.getURI());
        visitor.get("/signup");
        Document page = Jsoup.parse(visitor.post("/signup",
                Map.of("email", "not-an-address", "displayName", "", "password", "short", "locale", "en", "consent", "yes")).body());

        assertThat(page.select(".error-summary h2").text()).isEqualTo("Please correct the 3 fields marked below.");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"), Element::text).containsExactly(
                tuple("#email", "Email address: Enter an email address like name@example.com."),
                tuple("#displayName", "Your name: This field is required."),
                tuple("#password", "Password: Use at least 10 characters."));
        for (String id : new String[]{"email", "displayName", "password"}) {
            assertThat(page.getElementById(id)).as("the field #" + id + " the summary links to").isNotNull();
        }
    }

    @Test
    void inGermanTheLabelsAreGermanToo() {
        WebSession visitor = new WebSession(server.getURI()).acceptLanguage("de");
        visitor.get("/signup");
        Document page = Jsoup.parse(visitor.post("/signup",
                Map.of("email", "a@example.com", "displayName", "", "password", "a-long-password", "locale", "de", "consent", "yes")).body());
        assertThat(page.select(".error-summary a").eachText()).singleElement().asString().startsWith(
                page.select("label[for=displayName]").text() + ": ");
    }
}
