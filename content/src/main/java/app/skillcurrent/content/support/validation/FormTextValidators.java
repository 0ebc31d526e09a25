package app.skillcurrent.content.support.validation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks behind {@link WholeNumber}, {@link DecimalNumber}, {@link IsoDate}, {@link OneOf}, {@link Slug},
 * {@link WebAddress}, {@link NotInFuture}, {@link PlainLine} and {@link EmailAddress}.
 */
@Factory
class FormTextValidators {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SLUG = Pattern.compile(Slug.PATTERN);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+)?(?:[.,](\\d*))?");
    private static final String ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL + "\\.)+(?:\\p{L}[\\p{L}\\p{M}]+|xn--[a-z0-9-]+))",
            Pattern.CASE_INSENSITIVE);

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
    ConstraintValidator<WholeNumber, Iterable<?>> wholeNumbers() {
        ConstraintValidator<WholeNumber, CharSequence> each = wholeNumber();
        return (values, annotation, context) -> {
            if (values == null) {
                return true;
            }
            for (Object value : values) {
                if (!(value instanceof CharSequence text) || !each.isValid(text, annotation, context)) {
                    return false;
                }
            }
            return true;
        };
    }

    @Singleton
    ConstraintValidator<IsoDate, CharSequence> isoDate() {
        return (value, annotation, context) -> value == null || value.toString().isBlank() || date(value).isPresent();
    }

    @Singleton
    ConstraintValidator<NotInFuture, CharSequence> notInFuture() {
        return (value, annotation, context) -> {
            LocalDate today = LocalDate.ofInstant(context.getClockProvider().getClock().instant(), ZoneOffset.UTC);
            return date(value).map(date -> !date.isAfter(today.plusDays(1))).orElse(true);
        };
    }

    @Singleton
    ConstraintValidator<Slug, CharSequence> slug() {
        return (value, annotation, context) -> value == null || value.isEmpty()
                || value.length() <= Slug.MAX_LENGTH && SLUG.matcher(value).matches();
    }

    @Singleton
    ConstraintValidator<WebAddress, CharSequence> webAddress() {
        return (value, annotation, context) -> {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            String text = value.toString().trim();
            try {
                URI uri = new URI(text);
                return text.length() <= WebAddress.MAX_LENGTH && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (URISyntaxException malformed) {
                return false;
            }
        };
    }

    @Singleton
    ConstraintValidator<PlainLine, CharSequence> plainLine() {
        return (value, annotation, context) -> value == null || isPlainLine(value);
    }

    @Singleton
    ConstraintValidator<EmailAddress, CharSequence> emailAddress() {
        return (value, annotation, context) -> {
            if (value == null || value.isEmpty()) {
                return true;
            }
            if (value.length() > EmailAddress.MAX_LENGTH || !isPlainLine(value)) {
                return false;
            }
            Matcher address = EMAIL.matcher(value);
            return address.matches() && address.group(1).length() <= 64;
        };
    }

    /** No control character, bidirectional control or unpaired surrogate anywhere in the text. */
    private static boolean isPlainLine(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Singleton
    ConstraintValidator<OneOf, CharSequence> oneOf() {
        return (value, annotation, context) -> value == null || value.toString().isEmpty()
                || Arrays.asList(annotation.stringValues()).contains(value.toString());
    }

    /** The date the text names, if it is an ISO date with a year from 1 to 9999. */
    private static Optional<LocalDate> date(@Nullable CharSequence value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text)).filter(date -> date.getYear() >= 1);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
