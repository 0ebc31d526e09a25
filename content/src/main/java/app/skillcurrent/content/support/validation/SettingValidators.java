package app.skillcurrent.content.support.validation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** The checks behind {@link PositiveDuration} and {@link HttpUrl}. */
@Factory
class SettingValidators {

    @Singleton
    ConstraintValidator<PositiveDuration, Duration> positiveDuration() {
        return (value, annotation, context) -> value == null || value.isPositive()
                || (value.isZero() && annotation.booleanValue("orZero").orElse(false));
    }

    @Singleton
    ConstraintValidator<HttpUrl, CharSequence> httpUrl() {
        return (value, annotation, context) -> {
            if (value == null) {
                return true;
            }
            try {
                URI uri = new URI(value.toString());
                return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                        && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null;
            } catch (URISyntaxException e) {
                return false;
            }
        };
    }
}
