package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Date;

/**
 * Refuses a token whose "exp" has passed by the application's {@link Clock}, the clock
 * {@link SessionClaimsGenerator} writes it with and {@link ValidatedSessions} forgets remembered tokens by. It
 * takes the place of the framework's check, which compares with the system clock; like that one, a token is
 * still valid at the instant of its "exp", and one without "exp" is not refused here.
 *
 * @param <T> the request type the validators are asked with
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
class SessionExpiryValidator<T> implements GenericJwtClaimsValidator<T> {

    private final Clock clock;

    SessionExpiryValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Date expiresAt = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims).getExpirationTime();
        return expiresAt == null || !expiresAt.toInstant().isBefore(clock.instant());
    }
}
