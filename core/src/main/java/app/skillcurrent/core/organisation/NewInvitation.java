package app.skillcurrent.core.organisation;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.EmailAddress;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address an admin invites. Every way it can be malformed gets the same message: what an address looks like. */
@Serdeable
@Introspected
public record NewInvitation(
        @NotBlank(message = "error.email.invalid") @Size(max = 254, message = "error.email.invalid")
        @EmailAddress(message = "error.email.invalid") @Label("field.email") @Nullable String email) {

    /** Spaces around an address (autofill adds them) are not part of it. */
    public NewInvitation {
        email = email == null ? null : email.strip();
    }
}
