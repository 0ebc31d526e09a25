package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The cookie in which a browser keeps the known-device token of the account that last signed in on it (core's
 * {@code KnownDevices} makes and checks the token). It outlives sessions, so that the owner's next sign-in
 * from this device is counted apart from guesses elsewhere; it grants nothing by itself.
 */
@Singleton
public class KnownDeviceCookie {

    static final String NAME = "device";
    private static final Duration LIFETIME = Duration.ofDays(365);

    private final boolean secure;

    KnownDeviceCookie(@Value("${micronaut.security.token.cookie.cookie-secure:false}") boolean secure) {
        this.secure = secure;
    }

    public @Nullable String read(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).orElse(null);
    }

    public void set(MutableHttpResponse<?> response, String token) {
        response.cookie(Cookie.of(NAME, token).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure)
                .maxAge(LIFETIME));
    }
}
