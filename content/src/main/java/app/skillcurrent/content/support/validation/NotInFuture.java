package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Date text ({@code 2026-12-03}) for something that has already happened: no later than tomorrow in UTC. The
 * day of grace lets someone whose day starts before UTC's enter their today. Text that is not a date is left
 * to {@link IsoDate}, empty text to {@code @NotBlank}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface NotInFuture {

    /** A message bundle key. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
