package app.skillcurrent.web.support;

import app.skillcurrent.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;

/** Signs people up and in through the real forms. */
public final class Accounts {

    private Accounts() {
    }

    public static HttpResponse<String> signUp(WebSession session, String email, String name, String locale) {
        session.get("/signup");
        return session.post("/signup", Map.of("email", email, "displayName", name, "password", Fixtures.PASSWORD, "locale", locale,
                "consent", "yes"));
    }

    public static HttpResponse<String> signIn(WebSession session, String email, String password) {
        session.get("/signin");
        return session.post("/signin", Map.of("email", email, "password", password));
    }
}
