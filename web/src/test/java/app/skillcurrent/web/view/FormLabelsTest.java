package app.skillcurrent.web.view;

import app.skillcurrent.content.support.Label;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's error summary names each wrong field by its label, so every checked component of every form record
 * (a record with Bean Validation constraints on its components, in any module) carries a {@link Label} whose
 * key every language has.
 */
class FormLabelsTest {

    @Test
    void everyCheckedFormFieldHasALabelInEveryLanguage() {
        // the modules' test-jars (shared fixtures, and the sample records of the validators' tests) are not forms
        List<Class<?>> forms = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("app.skillcurrent").stream()
                .filter(JavaClass::isRecord)
                .map(JavaClass::reflect)
                .filter(type -> !type.isAnnotationPresent(ConfigurationProperties.class))
                .filter(type -> Arrays.stream(type.getRecordComponents()).anyMatch(FormLabelsTest::checked))
                .toList();
        assertThat(forms).as("the form records found").hasSizeGreaterThan(20)
                .extracting(Class::getSimpleName).contains("SignUpRequest", "LessonForm", "NewAssignment", "StatusChangeForm");

        List<String> unlabelled = new ArrayList<>();
        List<String> labelKeys = new ArrayList<>();
        for (Class<?> form : forms) {
            for (RecordComponent component : form.getRecordComponents()) {
                Label label = component.getAnnotation(Label.class);
                if (label != null) {
                    labelKeys.add(label.value());
                } else if (checked(component)) {
                    unlabelled.add(form.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unlabelled).as("checked form fields without a @Label").isEmpty();
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(labelKeys).as("label keys in " + locale).allMatch(bundle::containsKey);
        }
    }

    /**
     * Whether the component has a Bean Validation constraint. Most constraints (jakarta's own) cannot target a
     * record component, so Java keeps them on the component's field only.
     */
    private static boolean checked(RecordComponent component) {
        try {
            return constrained(component) || constrained(component.getDeclaringRecord().getDeclaredField(component.getName()));
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean constrained(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(Constraint.class));
    }
}
