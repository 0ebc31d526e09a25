package app.skillcurrent.core.assignment;

import app.skillcurrent.content.support.Label;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What it takes to create a team: its name, unique within the organisation. Messages are bundle keys. */
@Serdeable
@Introspected
public record NewTeam(
        @NotBlank(message = "error.team.nameRequired")
        @Size(max = Teams.MAX_NAME, message = "error.team.nameTooLong") @Label("organisation.teams.name") @Nullable String name) {

    /** Spaces around a name are not part of it. */
    public NewTeam {
        name = name == null ? null : name.strip();
    }
}
