package app.skillcurrent.core.privacy;

import app.skillcurrent.content.support.Label;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * The confirmation of an account's deletion: the password again, and whether the certificates earned stay
 * verifiable ({@value #KEEP} when ticked) or are withdrawn.
 */
@Serdeable
@Introspected
public record DeletionRequest(
        @NotBlank(message = "error.required") @Label("field.password") @Nullable String password,
        @Nullable String keepCertificates) {

    public static final String KEEP = "yes";

    public boolean keepsCertificates() {
        return KEEP.equals(keepCertificates);
    }
}
