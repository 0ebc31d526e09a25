package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link java.time.Duration} setting that must be longer than zero (or, with {@link #orZero()}, may be zero);
 * {@code null} is left to {@code @NotNull}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface PositiveDuration {

    String message() default "must be a positive duration such as 30s, 15m or 12h";

    /** Whether zero (nothing to wait, nothing kept) is allowed too. */
    boolean orZero() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
