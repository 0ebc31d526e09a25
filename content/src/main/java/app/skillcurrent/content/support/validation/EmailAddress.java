package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Form text that must be an email address of the plain form people type, {@code name@example.com}: a local
 * part of letters, digits and the characters RFC 5322 allows unquoted ({@code .!#$%&'*+/=?^_`{|}~-}, dots
 * not first, last or doubled; at most 64 characters), and a domain of at least two dot-separated labels of
 * letters, digits and inner hyphens ending in a name of two or more letters. Quoted local parts, comments,
 * address literals, spaces, markup ({@code < > " ( ) [ ] \ , ; :}) and control characters are refused: the
 * address is shown on pages and lists and must read as what it is. Letters may be any script's. Null and
 * empty text pass; {@code @NotBlank} says whether an address is needed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface EmailAddress {

    int MAX_LENGTH = 254;

    /** A message bundle key. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
