package app.skillcurrent.web.account;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static app.skillcurrent.web.support.Pages.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing out ends the session itself, not only this browser's cookie: a copy of the token is refused at once,
 * also by another server that had already validated and remembered it; the account's other sessions go on.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOutTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    private EmbeddedServer otherNode;

    @BeforeAll
    void startAnotherServerOnTheSameDatabase() {
        Map<String, Object> properties = new HashMap<>();
        for (String key : new String[]{"datasources.default.url", "datasources.default.username", "datasources.default.password"}) {
            properties.put(key, context.getRequiredProperty(key, String.class));
        }
        properties.put("app.demo-data.enabled", "false");
        properties.put("micronaut.server.port", "-1");
        otherNode = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    void stopIt() {
        otherNode.close();
    }

    private WebSession withToken(URI node, String token) {
        WebSession copy = new WebSession(node);
        copy.addCookie("session", token);
        return copy;
    }

    @Test
    void aCopyOfTheTokenIsRefusedOnEveryServerAfterSigningOut() {
        String email = ContentFixtures.unique("signout") + "@example.com";
        Accounts.signUp(new WebSession(server.getURI()), email, "Sig", "en");
        WebSession browser = new WebSession(server.getURI());
        Accounts.signIn(browser, email, CoreFixtures.PASSWORD);
        String token = browser.cookie("session").orElseThrow();
        assertThat(withToken(otherNode.getURI(), token).get("/profile").statusCode())
                .as("the other server knows the session (and remembers the validated token)").isEqualTo(200);

        assertThat(browser.post("/signout", Map.of()).statusCode()).isEqualTo(303);

        for (URI node : new URI[]{server.getURI(), otherNode.getURI()}) {
            var reused = withToken(node, token).get("/profile");
            assertThat(reused.statusCode()).as("the old token on %s", node).isEqualTo(303);
            assertThat(location(reused)).isEqualTo("/signin");
        }
    }

    @Test
    void theAccountsOtherSessionsGoOn() {
        String email = ContentFixtures.unique("twice") + "@example.com";
        Accounts.signUp(new WebSession(server.getURI()), email, "Two", "en");
        WebSession laptop = new WebSession(server.getURI());
        WebSession phone = new WebSession(server.getURI());
        Accounts.signIn(laptop, email, CoreFixtures.PASSWORD);
        Accounts.signIn(phone, email, CoreFixtures.PASSWORD);

        laptop.post("/signout", Map.of());

        assertThat(phone.get("/profile").statusCode()).isEqualTo(200);
        assertThat(laptop.get("/profile").statusCode()).isEqualTo(303);
    }
}
