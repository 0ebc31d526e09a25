package app.skillcurrent.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who the session cookie says is signed in. The cookie holds a signed token that never changes during its
 * life, so parsing it, checking its signature and claims gives the same answer on every request until it
 * expires: a token that passed is remembered until its expiry, and any altered or forged token is a
 * different string that is validated like a new one. It takes the place of the framework's token fetcher,
 * which validates on every request (and announces each validation with an event nothing here listens to).
 * What the account may do is still read from the database on every request ({@code CurrentAccount}).
 *
 * <p>The tokens are kept in a Caffeine cache where each expires at its own "exp" (at most
 * {@code app.validated-sessions.maximum-size} at once), published at {@code /prometheus} as the cache
 * {@value #CACHE_NAME}. "exp" is written ({@link SessionClaimsGenerator}), checked by the validator
 * ({@link SessionExpiryValidator}) and compared here with one clock, the application's {@link Clock}, so a
 * remembered token ends exactly when a validated one would.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class ValidatedSessions implements AuthenticationFetcher<HttpRequest<?>> {

    static final String CACHE_NAME = "validated-sessions";

    private record Validated(Authentication authentication, Instant expiresAt) {
    }

    private final Cache<String, Validated> validated;
    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final TokenResolver<HttpRequest<?>> tokenResolver;
    private final Clock clock;

    ValidatedSessions(List<TokenValidator<HttpRequest<?>>> validators, TokenResolver<HttpRequest<?>> tokenResolver,
                      ValidatedSessionsConfiguration configuration, MeterRegistry meters, Clock clock) {
        this.validators = validators;
        this.tokenResolver = tokenResolver;
        this.clock = clock;
        this.validated = Caffeine.newBuilder()
                .maximumSize(configuration.maximumSize())
                .expireAfter(Expiry.creating((String token, Validated known) -> timeLeft(known)))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, validated, CACHE_NAME);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> found = tokenResolver.resolveToken(request);
        if (found.isEmpty()) {
            return Mono.empty();
        }
        String token = found.get();
        Instant now = clock.instant();
        Validated known = validated.getIfPresent(token);
        // the cache counts time on its own monotonic ticker; the clock "exp" is checked with has the last word
        if (known != null && now.isBefore(known.expiresAt())) {
            request.setAttribute(SecurityFilter.TOKEN, token);
            return Mono.just(known.authentication());
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
        Optional<Instant> expiresAt = Sessions.expiresAt(authentication);
        if (expiresAt.isEmpty() || !now.isBefore(expiresAt.get())) {
            return;
        }
        validated.put(token, new Validated(authentication, expiresAt.get()));
    }

    private Duration timeLeft(Validated known) {
        Duration left = Duration.between(clock.instant(), known.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER;
    }
}
