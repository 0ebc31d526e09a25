package app.skillcurrent.web.account;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.Pages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's CSRF token belongs to the session its page was shown in: a (cookie, token) pair from another
 * browser does not work in a victim's session, whether the attacker was signed in or not, and a token from
 * before signing out does not work after it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfSessionTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    private WebSession signedIn(String name) {
        String email = ContentFixtures.unique(name) + "@example.com";
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, email, name, "en");
        return session;
    }

    /** The attacker's own cookie and token, planted in the victim's browser, posted to the victim's profile. */
    private HttpResponse<String> plantAndPost(WebSession victim, WebSession attacker) {
        attacker.get("/");
        victim.dropCookie("csrf");
        victim.addCookie("csrf", attacker.cookie("csrf").orElseThrow());
        return victim.postRaw("/profile", Map.of("csrfToken", attacker.csrfToken(), "displayName", "Hijacked", "locale", "en"));
    }

    @Test
    void aPairFromAVisitorsBrowserIsRefusedInTheVictimsSession() {
        WebSession victim = signedIn("victim");
        HttpResponse<String> planted = plantAndPost(victim, new WebSession(server.getURI()));

        assertThat(planted.statusCode()).isEqualTo(403);
        assertThat(Pages.parse(planted).select("main h1").text()).isEqualTo("This form has expired");
        victim.get("/profile");
        assertThat(Pages.parse(victim.get("/profile")).select("input#displayName").attr("value")).isEqualTo("victim");
    }

    @Test
    void aPairFromTheAttackersOwnSessionIsRefusedInTheVictimsSession() {
        WebSession victim = signedIn("victim");
        assertThat(plantAndPost(victim, signedIn("attacker")).statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenDoesNotOutliveItsSession() {
        WebSession session = signedIn("leaver");
        session.get("/profile");
        String before = session.csrfToken();
        assertThat(session.post("/signout", Map.of()).statusCode()).isEqualTo(303);

        HttpResponse<String> after = session.postRaw("/language", Map.of("csrfToken", before, "lang", "de", "returnTo", "/"));

        assertThat(after.statusCode()).isEqualTo(403);
        session.get("/");
        assertThat(session.post("/language", Map.of("lang", "de", "returnTo", "/")).statusCode())
                .as("the signed-out page's own token works").isEqualTo(303);
    }

    @Test
    void theSignInFormIsProtectedBeforeThereIsASession() {
        String email = ContentFixtures.unique("anon") + "@example.com";
        Accounts.signUp(new WebSession(server.getURI()), email, "Anon", "en");
        WebSession attacker = new WebSession(server.getURI());
        attacker.get("/signin");
        WebSession victim = new WebSession(server.getURI());
        victim.get("/signin");
        assertThat(victim.postRaw("/signin", Map.of("csrfToken", attacker.csrfToken(), "email", email,
                "password", CoreFixtures.PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(victim.post("/signin", Map.of("email", email, "password", CoreFixtures.PASSWORD)).statusCode()).isEqualTo(303);
    }
}
