package app.skillcurrent.content.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Form text shown to other people on one line, such as a person's name: no control characters (NUL, tab,
 * CR, LF and the rest of Unicode's Cc), no bidirectional embeddings, overrides or isolates (U+202A–U+202E,
 * U+2066–U+2069, which make a name read differently from how it is stored, "Ann\u202Enimda" showing as
 * "Annadmin"), and no unpaired surrogates. Normalise it first (NFC, trimmed): the check is on what is kept.
 * Null passes; {@code @NotBlank} says whether text is needed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface PlainLine {

    /** A message bundle key. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
