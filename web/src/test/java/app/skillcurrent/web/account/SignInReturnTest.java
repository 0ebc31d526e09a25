package app.skillcurrent.web.account;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static app.skillcurrent.web.support.Pages.location;
import static org.assertj.core.api.Assertions.assertThat;

/** After signing in a person goes back to the page that sent them to sign in, and never to another site. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInReturnTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void signingInReturnsToThePageThatAskedForIt() {
        String email = ContentFixtures.unique("return") + "@example.com";
        Accounts.signUp(new WebSession(server.getURI()), email, "Ret", "en");
        WebSession session = new WebSession(server.getURI());
        assertThat(location(session.get("/profile"))).isEqualTo("/signin");

        HttpResponse<String> signIn = Accounts.signIn(session, email, CoreFixtures.PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(location(signIn)).isEqualTo("/profile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/profile", "https://evil.example/", "javascript:alert(1)", "evil.example"})
    void aRememberedAddressOffThisSiteSendsThePersonHome(String planted) {
        String email = ContentFixtures.unique("planted") + "@example.com";
        Accounts.signUp(new WebSession(server.getURI()), email, "Planted", "en");
        WebSession session = new WebSession(server.getURI());
        session.addCookie("ORIGINAL_URI", planted);

        HttpResponse<String> signIn = Accounts.signIn(session, email, CoreFixtures.PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(location(signIn)).isEqualTo("/");
        assertThat(session.cookie("session")).as("signed in all the same").isPresent();
    }
}
