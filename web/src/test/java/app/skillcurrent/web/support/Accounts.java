package app.skillcurrent.web.support;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.WebSession;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs people up and in through the real forms. */
public final class Accounts {

    private Accounts() {
    }

    public static HttpResponse<String> signUp(WebSession session, String email, String name, String locale) {
        session.get("/signup");
        return session.post("/signup", Map.of("email", email, "displayName", name, "password", CoreFixtures.PASSWORD, "locale", locale,
                "consent", "yes"));
    }

    public static HttpResponse<String> signIn(WebSession session, String email, String password) {
        session.get("/signin");
        return session.post("/signin", Map.of("email", email, "password", password));
    }

    /** A browser in which this account (made by {@link CoreFixtures}) has signed in. */
    public static WebSession signedIn(URI server, Account account) {
        WebSession session = new WebSession(server);
        assertThat(signIn(session, account.email(), CoreFixtures.PASSWORD).statusCode())
                .as("%s signs in", account.email()).isEqualTo(303);
        return session;
    }
}
