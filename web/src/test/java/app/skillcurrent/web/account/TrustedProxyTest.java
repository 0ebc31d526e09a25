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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy the client is the address the proxy adds, the right end of the header: what the
 * client itself wrote to the left of it changes nothing, and a malformed or over-long header counts against
 * the proxy rather than escaping the count. Each guess here is at a new account, so only the address's own
 * counter (3 free failures) can stop them.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedProxyTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("app.client-address.trusted-proxies", "127.0.0.0/8,::1",
                "app.sign-in-throttle.free-failures-per-address", "3");
    }

    private int guess(String header, String value) {
        WebSession session = new WebSession(server.getURI()).header(header, value);
        return Accounts.signIn(session, ContentFixtures.unique("nobody") + "@example.com", "guess").statusCode();
    }

    @Test
    void whatTheClientWroteLeftOfTheProxysEntryChangesNothing() {
        for (int i = 0; i < 3; i++) {
            assertThat(guess("X-Forwarded-For", "192.0.2." + i + ", 198.51.100.40")).isEqualTo(422);
        }
        assertThat(guess("X-Forwarded-For", "192.0.2.77, 198.51.100.40")).isEqualTo(429);
        assertThat(guess("X-Forwarded-For", "198.51.100.41")).as("another client behind the proxy").isEqualTo(422);
    }

    @Test
    void theOtherForwardingHeaderIsIgnored() {
        for (int i = 0; i < 3; i++) {
            WebSession session = new WebSession(server.getURI()).header("X-Forwarded-For", "198.51.100.50")
                    .header("Forwarded", "for=192.0.2." + i);
            assertThat(Accounts.signIn(session, ContentFixtures.unique("nobody") + "@example.com", "guess").statusCode()).isEqualTo(422);
        }
        assertThat(guess("X-Forwarded-For", "198.51.100.50")).isEqualTo(429);
    }

    @Test
    void aMalformedOrOverlongHeaderCountsAgainstTheProxy() {
        assertThat(guess("X-Forwarded-For", "not-an-address")).isEqualTo(422);
        assertThat(guess("X-Forwarded-For", "198.51.100.60, ".repeat(200) + "198.51.100.61")).isEqualTo(422);
        assertThat(guess("X-Forwarded-For", "1".repeat(46))).isEqualTo(422);
        assertThat(guess("X-Forwarded-For", "")).as("no header: the proxy itself, counted the same").isEqualTo(429);
    }
}
