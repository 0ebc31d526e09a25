package app.skillcurrent.content.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bundle key of a form field's label, the one its page shows beside the field: a form's error summary
 * names each wrong field with it ("Your name: This field is required"). Put on the components of form records.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Label {

    /** A message bundle key. */
    String value();
}
