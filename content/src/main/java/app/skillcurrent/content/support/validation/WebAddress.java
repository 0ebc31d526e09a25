package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Form text that must be a web page's address: {@code https://} or {@code http://} with a host, at most 500
 * characters, spaces around it ignored. Empty text passes: an address is optional where this is used.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface WebAddress {

    int MAX_LENGTH = 500;

    /** A message bundle key. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
