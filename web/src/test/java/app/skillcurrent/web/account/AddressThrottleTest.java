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

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            assertEquals(422, Accounts.signIn(session, "person" + i + "@example.com", "guess").statusCode());
        }
        assertEquals(429, Accounts.signIn(session, "real@example.com", Fixtures.PASSWORD).statusCode());
    }
}
