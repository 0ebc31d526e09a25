package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Form text that must be a decimal number as people type it: digits with a decimal point or a decimal comma
 * ({@code 1.5}, {@code 1,5}, {@code ,5}), an optional sign, at most {@link #maxDecimals()} digits after the
 * separator; empty text is left to {@code @NotBlank}. Exponents are refused: nobody types {@code 1e-2000000000},
 * and rounding such a number would keep a request busy for minutes. Whether the number is in range is for the
 * rule that knows the range.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface DecimalNumber {

    /** A message bundle key. */
    String message();

    int maxDecimals() default 4;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
