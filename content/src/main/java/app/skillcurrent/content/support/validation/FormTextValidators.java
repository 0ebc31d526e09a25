package app.skillcurrent.content.support.validation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks behind {@link WholeNumber}, {@link DecimalNumber}, {@link IsoDate} and {@link OneOf}. */
@Factory
class FormTextValidators {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+)?(?:[.,](\\d*))?");
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
    ConstraintValidator<DecimalNumber, CharSequence> decimalNumber() {
        return (value, annotation, context) -> {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            Matcher number = DECIMAL.matcher(value.toString().strip());
            if (!number.matches()) {
                return false;
            }
            String whole = number.group(1);
            String decimals = number.group(2) == null ? "" : number.group(2);
            return (whole != null || !decimals.isEmpty())
                    && decimals.length() <= annotation.intValue("maxDecimals").orElse(4);
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
