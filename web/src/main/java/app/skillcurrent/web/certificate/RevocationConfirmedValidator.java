package app.skillcurrent.web.certificate;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** The check behind {@link RevocationConfirmed}. */
@Singleton
class RevocationConfirmedValidator implements ConstraintValidator<RevocationConfirmed, StatusChangeForm> {

    @Override
    public boolean isValid(@Nullable StatusChangeForm form, AnnotationValue<RevocationConfirmed> annotation,
                           ConstraintValidatorContext context) {
        if (form == null || !form.revokes() || form.confirmed()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("confirm").addConstraintViolation();
        return false;
    }
}
