package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that must be an absolute {@code http} or {@code https} URL with a host and nothing after the path (no
 * query, no fragment), such as {@code https://learn.example.com}; {@code null} is left to {@code @NotNull}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface HttpUrl {

    String message() default "must be an absolute http or https URL such as https://learn.example.com";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
