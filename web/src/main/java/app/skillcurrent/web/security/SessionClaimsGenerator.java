package app.skillcurrent.web.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * The framework's claims for session tokens, with "iat", "nbf" and "exp" taken from the application's
 * {@link Clock} instead of the system's: {@link SessionExpiryValidator} and {@link ValidatedSessions} check "exp"
 * with that clock, and a token must expire by the clock that wrote its lifetime (tests move it to let one expire).
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class SessionClaimsGenerator extends JWTClaimsSetGenerator {

    private final Clock clock;

    SessionClaimsGenerator(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator,
                           @Nullable ClaimsAudienceProvider claimsAudienceProvider,
                           @Nullable ApplicationConfiguration applicationConfiguration, Clock clock) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
        this.clock = clock;
    }

    @Override
    protected void populateExp(JWTClaimsSet.Builder builder, @Nullable Integer expiration) {
        if (expiration != null) {
            builder.expirationTime(Date.from(clock.instant().plus(Duration.ofSeconds(expiration))));
        }
    }

    @Override
    protected void populateNbf(JWTClaimsSet.Builder builder) {
        builder.notBeforeTime(Date.from(clock.instant()));
    }

    @Override
    protected void populateIat(JWTClaimsSet.Builder builder) {
        builder.issueTime(Date.from(clock.instant()));
    }
}
