package app.skillcurrent.web.security;

import app.skillcurrent.core.account.Account;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Map;

/**
 * Starts sessions: the signed cookie holds the account's public id and its session generation at that moment.
 * Changing the password or signing out everywhere moves the generation on, which ends every session issued
 * before (checked with the account row each request reads anyway, {@link CurrentAccount}).
 */
@Singleton
public class Sessions {

    /** The token claim holding the session generation; tokens issued before it existed count as generation 0. */
    static final String GENERATION = "sgen";

    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;

    Sessions(LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler) {
        this.loginHandler = loginHandler;
    }

    /** Sets the session cookie and sends the browser on: to {@code target}, or where it was headed before. */
    public MutableHttpResponse<?> start(Account account, int generation, HttpRequest<?> request, @Nullable URI target) {
        MutableHttpResponse<?> response = loginHandler.loginSuccess(
                Authentication.build(account.publicId(), Map.of(GENERATION, generation)), request);
        response.status(HttpStatus.SEE_OTHER);
        if (target != null || response.getHeaders().get("Location") == null) {
            response.getHeaders().location(target == null ? URI.create("/") : target);
        }
        return response;
    }

    /** Whether the session was issued under the account's current generation, i.e. has not been ended. */
    static boolean isCurrent(Authentication session, int generation) {
        Object issued = session.getAttributes().get(GENERATION);
        return (issued instanceof Number number ? number.intValue() : 0) == generation;
    }
}
