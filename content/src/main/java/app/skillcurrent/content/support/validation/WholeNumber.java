package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Form text that must be a whole number between {@link #min()} and {@link #max()}. Forms keep what was typed as
 * text, so a wrong entry is shown back to the person as they typed it; empty text is left to
 * {@code @NotBlank}. On a list of texts (the values of checked boxes) every one must be such a number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface WholeNumber {

    /** A message bundle key. */
    String message();

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
