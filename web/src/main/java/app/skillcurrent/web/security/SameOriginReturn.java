package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.config.TokenCookieConfiguration;
import io.micronaut.security.errors.CookiePriorToLoginPersistence;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Optional;

/**
 * Where a browser sent to sign in goes afterwards: the page it asked for, remembered in the framework's
 * {@value #COOKIE} cookie. The cookie comes back from the browser, so anyone who can set it (a link on a
 * sibling domain, a script on another port) could otherwise send a person who signs in to another site: only
 * a path on this site is followed ({@link SameOriginPaths}); anything else sends them home, as no cookie would.
 */
@Singleton
@Replaces(CookiePriorToLoginPersistence.class)
class SameOriginReturn extends CookiePriorToLoginPersistence {

    static final String COOKIE = "ORIGINAL_URI";

    SameOriginReturn(TokenCookieConfiguration cookieConfiguration) {
        super(cookieConfiguration);
    }

    @Override
    public Optional<URI> getOriginalUri(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // the framework's read also clears the cookie, whatever it held
        super.getOriginalUri(request, response);
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(SameOriginPaths::of);
    }
}
