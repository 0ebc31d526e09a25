package app.skillcurrent.core.account;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.PlainLine;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
@Introspected
public record ProfileUpdate(
        @NotBlank(message = "error.required") @Size(max = 100, message = "error.tooLong.100")
        @PlainLine(message = "error.name.characters") @Label("field.displayName") @Nullable String displayName,
        @NotBlank(message = "error.required") @Pattern(regexp = AccountRules.LOCALE_PATTERN, message = "error.locale.unsupported")
        @Label("field.locale") @Nullable String locale) {

    public ProfileUpdate {
        displayName = AccountRules.normaliseName(displayName);
    }
}
