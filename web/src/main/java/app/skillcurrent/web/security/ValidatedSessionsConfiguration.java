package app.skillcurrent.web.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Positive;

/**
 * How many validated session tokens {@link ValidatedSessions} remembers, {@code app.validated-sessions.*}, read
 * when the application starts (default in application.yml); a missing or wrong value stops it with the key in
 * the message. Each token is kept until its own expiry, so only the size is a setting.
 *
 * @param maximumSize tokens remembered at once; past that the least used are validated again when they return
 */
@Context
@ConfigurationProperties("app.validated-sessions")
record ValidatedSessionsConfiguration(
        @Positive(message = "app.validated-sessions.maximum-size must be a whole number above 0, not {validatedValue}")
        long maximumSize) {
}
