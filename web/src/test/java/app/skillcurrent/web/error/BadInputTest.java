package app.skillcurrent.web.error;

import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.Pages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Input that no form of ours sends, which the server once answered with 500, gets a clear 4xx or a safe fallback. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;

    @Test
    void aSignInEmailLongerThanAnyAddressIsTheUsualWrongCredentialsAnswer() {
        WebSession visitor = new WebSession(server.getURI());
        HttpResponse<String> response = Accounts.signIn(visitor, "a".repeat(250) + "@example.com", "whatever-it-is");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Pages.parse(response).select(".error-summary").text()).isEqualTo("The email address or password is wrong.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/courses?q=a b|/courses?q=a%20b",
            "/a{TAB}b|/a%09b",
            "/a{CR}{LF}b|/a%0D%0Ab",
            "/<script>|/%3Cscript%3E",
            "/{TAB}/elsewhere.example|/%09/elsewhere.example",
            "/a%zz%|/a%25zz%25",
            "/kurser/æble?x=%C3%A6|/kurser/%C3%A6ble?x=%C3%A6"})
    void theLanguageSwitcherReturnsToAnyPathItIsGivenEncodedAsAValidAddressOnThisSite(String written, String location) {
        String returnTo = written.replace("{TAB}", "\t").replace("{CR}", "\r").replace("{LF}", "\n");
        WebSession visitor = new WebSession(server.getURI());
        visitor.get("/");
        HttpResponse<String> response = visitor.post("/language", Map.of("lang", "de", "returnTo", returnTo));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Pages.location(response)).isEqualTo(location);
    }

    @Test
    void aPlatformChangesPageAfterTheLastIsNotFound() {
        WebSession admin = admin();
        assertThat(admin.get("/teach/platform-changes?page=1").statusCode()).isEqualTo(200);
        for (String page : new String[]{"2", "2147483647"}) {
            HttpResponse<String> response = admin.get("/teach/platform-changes?page=" + page);
            assertThat(response.statusCode()).as("page %s", page).isEqualTo(404);
            assertThat(Pages.parse(response).select(".error-page h1").text()).isEqualTo("Page not found");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "0000-01-01", "2026-02-30", "99999-01-01"})
    void aPlatformChangeOnADayNoCalendarHasIsRefusedOnTheDateField(String day) {
        WebSession admin = admin();
        Document form = Pages.parse(admin.get("/teach/platform-changes"));
        String topic = form.select("#topicId option[value]").stream().map(o -> o.attr("value")).filter(v -> !v.isEmpty())
                .findFirst().orElseThrow();
        HttpResponse<String> response = admin.post("/teach/platform-changes",
                Map.of("topicId", topic, "changedOn", day, "summary", "A change", "sourceUrl", ""));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Pages.fieldError(response, "changedOn")).isEqualTo("Enter a date.");
    }

    private WebSession admin() {
        return Accounts.signedIn(server.getURI(), fixtures.account(Role.ADMIN));
    }
}
