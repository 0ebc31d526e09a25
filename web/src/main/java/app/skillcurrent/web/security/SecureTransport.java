package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.Locale;

/**
 * Behind HTTPS ({@code COOKIE_SECURE=true}, the setting that already marks the session cookie): every cookie
 * this server sets ({@code csrf}, {@code lang}, {@code flash} as well as {@code session}) is marked
 * {@code Secure}, so a browser never sends it over plain HTTP, and browsers are told to use only HTTPS for
 * this host for a year (HSTS). Runs last on the way out, after every filter that sets a cookie.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecureTransport implements Ordered {

    static final String HSTS = "max-age=31536000";

    private final boolean secure;

    SecureTransport(@Value("${micronaut.security.token.cookie.cookie-secure:false}") boolean secure) {
        this.secure = secure;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void secureOnly(MutableHttpResponse<?> response) {
        if (!secure) {
            return;
        }
        response.header("Strict-Transport-Security", HSTS);
        List<String> cookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.stream().allMatch(SecureTransport::isSecure)) {
            return;
        }
        response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        for (String cookie : cookies) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, isSecure(cookie) ? cookie : cookie + "; Secure");
        }
    }

    private static boolean isSecure(String setCookie) {
        for (String attribute : setCookie.split(";")) {
            if (attribute.strip().toLowerCase(Locale.ROOT).equals("secure")) {
                return true;
            }
        }
        return false;
    }
}
