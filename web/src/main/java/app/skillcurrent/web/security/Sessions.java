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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Starts sessions: the signed cookie holds the account's public id, its session generation at that moment and
 * a random session id. Changing the password or signing out everywhere moves the generation on, which ends
 * every session issued before; signing out records the one session's id as ended (both checked with the
 * account row each request reads anyway, {@link CurrentAccount}).
 */
@Singleton
public class Sessions {

    /** The token claim holding the session generation; tokens issued before it existed count as generation 0. */
    static final String GENERATION = "sgen";
    /** The token claim holding the session's id, 128 random bits; tokens issued before it existed have none. */
    static final String SESSION_ID = "sid";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();

    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;

    Sessions(LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler) {
        this.loginHandler = loginHandler;
    }

    /** Sets the session cookie and sends the browser on: to {@code target}, or where it was headed before. */
    public MutableHttpResponse<?> start(Account account, int generation, HttpRequest<?> request, @Nullable URI target) {
        MutableHttpResponse<?> response = loginHandler.loginSuccess(
                Authentication.build(account.publicId(), Map.of(GENERATION, generation, SESSION_ID, newSessionId())), request);
        response.status(HttpStatus.SEE_OTHER);
        if (target != null || response.getHeaders().get("Location") == null) {
            response.getHeaders().location(target == null ? URI.create("/") : target);
        }
        return response;
    }

    /** The id of the session, or null for a token issued before sessions had one. */
    public static @Nullable String sessionId(Authentication session) {
        return session.getAttributes().get(SESSION_ID) instanceof String id ? id : null;
    }

    /** When the session's token expires, by its "exp" claim. */
    public static Optional<Instant> expiresAt(Authentication session) {
        Object exp = session.getAttributes().get("exp");
        if (exp instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (exp instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (exp instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }

    private String newSessionId() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return ENCODER.encodeToString(id);
    }

    /** Whether the session was issued under the account's current generation, i.e. has not been ended. */
    static boolean isCurrent(Authentication session, int generation) {
        Object issued = session.getAttributes().get(GENERATION);
        return (issued instanceof Number number ? number.intValue() : 0) == generation;
    }
}
