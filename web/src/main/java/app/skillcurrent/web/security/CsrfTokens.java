package app.skillcurrent.web.security;

import app.skillcurrent.core.secret.ServerSecrets;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed double-submit CSRF tokens tied to the session. Each browser gets a random value in an HttpOnly
 * cookie; forms carry an HMAC, under a server key, of that value together with the session the page was shown
 * in (its id, or "anonymous" before sign-in). A forged request from another site can neither read the cookie
 * nor compute the HMAC; a (cookie, token) pair taken from another browser, planted in a victim's browser, was
 * signed for another session; and a page's token stops working when its session ends (sign-out, sign-in as
 * someone else). Forms shown before sign-in are protected by the cookie alone. See docs/adr/0003.
 */
@Singleton
public class CsrfTokens {

    public static final String COOKIE = "csrf";
    public static final String FIELD = "csrfToken";
    public static final String HEADER = "X-CSRF-Token";
    static final String NEW_VALUE_ATTRIBUTE = CsrfTokens.class.getName() + ".new";

    private final ServerSecrets secrets;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    /** The token for this browser's forms; makes a new cookie value when the browser has none yet. */
    public String tokenFor(HttpRequest<?> request) {
        String value = cookieValue(request).orElseGet(() -> request.getAttribute(NEW_VALUE_ATTRIBUTE, String.class)
                .orElseGet(() -> {
                    String fresh = randomValue();
                    request.setAttribute(NEW_VALUE_ATTRIBUTE, fresh);
                    return fresh;
                }));
        return sign(value, session(request));
    }

    /** True when {@code token} is the signature of the browser's cookie value in this request's session. */
    public boolean isValid(HttpRequest<?> request, String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        return cookieValue(request)
                .map(value -> MessageDigest.isEqual(sign(value, session(request)).getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    /** Gives a browser that had no token cookie the value its page's forms were just signed with. */
    public static void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(NEW_VALUE_ATTRIBUTE, String.class).ifPresent(value ->
                response.cookie(Cookie.of(COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax)));
    }

    static Optional<String> cookieValue(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> v.length() >= 32 && v.length() <= 64);
    }

    private String randomValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * What the token is bound to besides the cookie: the session's id; for a token issued before sessions had
     * ids, the account and its session generation; before sign-in, nothing but the cookie.
     */
    private static String session(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(session -> {
            String id = Sessions.sessionId(session);
            return id != null ? "session:" + id
                    : "account:" + session.getName() + ":" + session.getAttributes().get(Sessions.GENERATION);
        }).orElse("anonymous");
    }

    private String sign(String value, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("csrf-hmac", 32), "HmacSHA256"));
            byte[] message = (value + "|" + session).getBytes(StandardCharsets.UTF_8);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
