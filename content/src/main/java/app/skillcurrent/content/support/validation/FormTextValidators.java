package app.skillcurrent.content.support.validation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** The checks behind {@link WholeNumber}, {@link IsoDate} and {@link OneOf}. */
@Factory
class FormTextValidators {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Singleton
    ConstraintValidator<WholeNumber, CharSequence> wholeNumber() {
        return (value, annotation, context) -> {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            String text = value.toString().strip();
            if (!INTEGER.matcher(text).matches()) {
                return false;
            }
            long number = Long.parseLong(text);
            return number >= annotation.longValue("min").orElse(Long.MIN_VALUE)
                    && number <= annotation.longValue("max").orElse(Long.MAX_VALUE);
        };
    }

    @Singleton
    ConstraintValidator<IsoDate, CharSequence> isoDate() {
        return (value, annotation, context) -> {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            String text = value.toString().strip();
            if (!DATE.matcher(text).matches()) {
                return false;
            }
            try {
                return LocalDate.parse(text).getYear() >= 1;
            } catch (DateTimeParseException e) {
                return false;
            }
        };
    }

    @Singleton
    ConstraintValidator<OneOf, CharSequence> oneOf() {
        return (value, annotation, context) -> value == null || value.toString().isEmpty()
                || Arrays.asList(annotation.stringValues()).contains(value.toString());
    }
}
