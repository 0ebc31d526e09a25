package app.skillcurrent.web.view;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A one-time message shown on the page after a redirect ("Password changed."). It travels as a message key
 * in a short-lived cookie, which the next page reads and clears.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class Flash {

    static final String COOKIE = "flash";
    private static final String ATTRIBUTE = Flash.class.getName();
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9.]{0,80}");

    /** Shows the message for {@code messageKey} on the next page this browser loads. */
    public static <T> MutableHttpResponse<T> set(MutableHttpResponse<T> response, String messageKey) {
        return response.cookie(Cookie.of(COOKIE, messageKey).path("/").httpOnly(true).sameSite(SameSite.Lax).maxAge(60));
    }

    static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    @RequestFilter
    void read(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .filter(v -> KEY.matcher(v).matches())
                .ifPresent(key -> request.setAttribute(ATTRIBUTE, key));
    }

    @ResponseFilter
    void clearOnceShown(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean hadFlash = request.getCookies().contains(COOKIE);
        boolean setsNew = response.getCookie(COOKIE).isPresent();
        boolean redirect = response.code() >= 300 && response.code() < 400;
        if (hadFlash && !setsNew && !redirect) {
            response.cookie(Cookie.of(COOKIE, "").path("/").maxAge(0));
        }
    }
}
