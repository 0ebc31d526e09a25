package app.skillcurrent.core.organisation;

import app.skillcurrent.content.support.Label;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What it takes to create an organisation: its name. Messages are bundle keys. */
@Serdeable
@Introspected
public record NewOrganisation(
        @NotBlank(message = "error.organisation.nameRequired")
        @Size(max = OrganisationService.MAX_NAME, message = "error.organisation.nameTooLong") @Label("organisation.field.name") @Nullable String name) {

    /** Spaces around a name are not part of it. */
    public NewOrganisation {
        name = name == null ? null : name.strip();
    }
}
