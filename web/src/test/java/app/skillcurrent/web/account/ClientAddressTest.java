package app.skillcurrent.web.account;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no proxy configured, the client's address is the connection's: forwarding headers, rotated, spoofed or
 * over-long, neither make a new client of each guess nor break the sign-in. Each guess is at another account,
 * so only the address's counter (3 free failures here) can stop them.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientAddressTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("app.sign-in-throttle.free-failures-per-address", "3");
    }

    @Test
    void forwardingHeadersRotatedSpoofedOrOverlongAreIgnoredAndNeverAnError() {
        List<Map<String, String>> spoofed = List.of(
                Map.of("X-Forwarded-For", "198.51.100.1", "Forwarded", "for=192.0.2.1"),
                Map.of("X-Forwarded-For", "1".repeat(46)),
                Map.of("X-Forwarded-For", "203.0.113.1, ".repeat(300), "Forwarded", "for=\"[2001:db8::" + "1".repeat(60) + "]\""));
        for (Map<String, String> headers : spoofed) {
            assertThat(guess(headers)).as("%s", headers).isEqualTo(422);
        }
        assertThat(guess(Map.of("X-Forwarded-For", "198.51.100.99", "Forwarded", "for=192.0.2.99")))
                .as("a fourth address claimed, the same connection").isEqualTo(429);
    }

    private int guess(Map<String, String> headers) {
        WebSession session = new WebSession(server.getURI());
        headers.forEach(session::header);
        return Accounts.signIn(session, ContentFixtures.unique("nobody") + "@example.com", "guess").statusCode();
    }
}
