package app.skillcurrent.core.account;

import app.skillcurrent.content.support.Label;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
@Introspected
public record PasswordChange(
        @NotBlank(message = "error.required") @Size(max = AccountRules.MAX_PASSWORD, message = "error.password.tooLong")
        @Label("field.currentPassword") @Nullable String currentPassword,
        @NotBlank(message = "error.required") @Size(min = AccountRules.MIN_PASSWORD, message = "error.password.tooShort")
        @Size(max = AccountRules.MAX_PASSWORD, message = "error.password.tooLong") @Label("field.newPassword") @Nullable String newPassword) {
}
