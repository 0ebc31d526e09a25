package app.skillcurrent.web.account;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Pages;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing across many accounts from one address is throttled too. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddressThrottleTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("app.sign-in-throttle.max-failures-per-address", "3");
    }

    @Test
    void failuresSpreadOverAccountsCountAgainstTheAddress() {
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(new WebSession(server.getURI()), "real@example.com", "Real", "en");
        for (int i = 0; i < 3; i++) {
            assertThat(Accounts.signIn(session, "person" + i + "@example.com", "guess").statusCode())
                    .as("a wrong guess at person%d", i).isEqualTo(422);
        }
        HttpResponse<String> throttled = Accounts.signIn(session, "real@example.com", CoreFixtures.PASSWORD);
        assertThat(throttled.statusCode()).as("the right password of another account, from the same address").isEqualTo(429);
        assertThat(Pages.parse(throttled).select(".error-summary").text())
                .isEqualTo("Too many failed sign-ins. For your security, please wait 15 minutes and try again.");
        assertThat(session.cookie("session")).isEmpty();
    }
}
