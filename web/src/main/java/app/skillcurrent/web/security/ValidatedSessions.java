package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who the session cookie says is signed in. The cookie holds a signed token that never changes during its
 * life, so parsing it, checking its signature and claims gives the same answer on every request until it
 * expires: a token that passed is remembered until its expiry, and any altered or forged token is a
 * different string that is validated like a new one. It takes the place of the framework's token fetcher,
 * which validates on every request (and announces each validation with an event nothing here listens to).
 * What the account may do is still read from the database on every request ({@code CurrentAccount}).
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class ValidatedSessions implements AuthenticationFetcher<HttpRequest<?>> {

    /** Signed-in sessions remembered at once; more (a burst of sign-ins) only starts the memory afresh. */
    static final int MAX_REMEMBERED = 20_000;

    private record Validated(Authentication authentication, Instant expiresAt) {
    }

    private final Map<String, Validated> validated = new ConcurrentHashMap<>();
    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final TokenResolver<HttpRequest<?>> tokenResolver;
    /**
     * The clock a token's "exp" is written and checked with: the validator compares it with system time, so a
     * remembered token must expire by the same clock, not by the application's business clock.
     */
    private final Clock tokenClock = Clock.systemUTC();

    ValidatedSessions(List<TokenValidator<HttpRequest<?>>> validators, TokenResolver<HttpRequest<?>> tokenResolver) {
        this.validators = validators;
        this.tokenResolver = tokenResolver;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> found = tokenResolver.resolveToken(request);
        if (found.isEmpty()) {
            return Mono.empty();
        }
        String token = found.get();
        Instant now = tokenClock.instant();
        Validated known = validated.get(token);
        if (known != null) {
            if (now.isBefore(known.expiresAt())) {
                request.setAttribute(SecurityFilter.TOKEN, token);
                return Mono.just(known.authentication());
            }
            validated.remove(token, known);
        }
        return Flux.fromIterable(validators)
                .concatMap(validator -> validator.validateToken(token, request))
                .next()
                .doOnNext(authentication -> {
                    request.setAttribute(SecurityFilter.TOKEN, token);
                    remember(token, authentication, now);
                });
    }

    private void remember(String token, Authentication authentication, Instant now) {
        Optional<Instant> expiresAt = expiry(authentication);
        if (expiresAt.isEmpty() || !now.isBefore(expiresAt.get())) {
            return;
        }
        if (validated.size() >= MAX_REMEMBERED) {
            validated.clear();
        }
        validated.put(token, new Validated(authentication, expiresAt.get()));
    }

    /** The token's "exp" claim; a token without one is validated on every request rather than kept forever. */
    private static Optional<Instant> expiry(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
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

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER;
    }
}
