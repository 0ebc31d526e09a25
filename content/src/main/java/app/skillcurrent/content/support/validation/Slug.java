package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Form text that must be a web address part: lower-case letters and digits in words joined by single hyphens
 * ({@code tiktok-shop-basics}), at most {@link #MAX_LENGTH} characters. Empty text is left to {@code @NotBlank}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface Slug {

    /** The shape of a slug, for code that checks one without a form (a track's address). */
    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    int MAX_LENGTH = 80;

    /** A message bundle key. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
