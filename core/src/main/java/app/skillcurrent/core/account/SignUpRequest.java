package app.skillcurrent.core.account;

import app.skillcurrent.content.support.Label;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account. Messages are bundle keys, translated where they are shown. */
@Serdeable
@Introspected
public record SignUpRequest(
        @NotBlank(message = "error.required") @Size(max = 254, message = "error.tooLong.254")
        @Pattern(regexp = AccountRules.EMAIL_PATTERN, message = "error.email.invalid") @Label("field.email") @Nullable String email,
        @NotBlank(message = "error.required") @Size(max = 100, message = "error.tooLong.100") @Label("field.displayName") @Nullable String displayName,
        @NotBlank(message = "error.required") @Size(min = AccountRules.MIN_PASSWORD, message = "error.password.tooShort")
        @Size(max = AccountRules.MAX_PASSWORD, message = "error.password.tooLong") @Label("field.password") @Nullable String password,
        @NotBlank(message = "error.required") @Pattern(regexp = AccountRules.LOCALE_PATTERN, message = "error.locale.unsupported")
        @Label("field.locale") @Nullable String locale,
        @NotBlank(message = "error.consent.required") @Pattern(regexp = AccountRules.CONSENT_GIVEN, message = "error.consent.required")
        @Label("field.consent") @Nullable String consent) {

    /** Spaces around an address or name (autofill adds them) are not the person's intent. */
    public SignUpRequest {
        email = email == null ? null : email.strip();
        displayName = displayName == null ? null : displayName.strip();
    }
}
