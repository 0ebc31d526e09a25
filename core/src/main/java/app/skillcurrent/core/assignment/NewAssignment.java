package app.skillcurrent.core.assignment;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.IsoDate;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * Work an admin assigns: a course ({@code course:slug}) or a track ({@code track:slug}) to a member
 * ({@code member:publicId}) or a team ({@code team:publicId}), due on a day or open-ended (blank). Whether
 * they exist, belong to the organisation and the date is not past is for {@link Assignments} to decide.
 */
@Serdeable
@Introspected
public record NewAssignment(
        @NotBlank(message = "error.assignment.whatRequired")
        @Pattern(regexp = "(course|track):.*", message = "error.assignment.whatRequired") @Label("organisation.assign.what") @Nullable String what,
        @NotBlank(message = "error.assignment.whomRequired")
        @Pattern(regexp = "(member|team):.*", message = "error.assignment.whomRequired") @Label("organisation.assign.whom") @Nullable String whom,
        @IsoDate(message = "error.assignment.dueFormat") @Label("organisation.assign.due") @Nullable String dueOn) {

    /** Work due on a day, or open-ended with a null {@code due}. */
    public static NewAssignment of(String what, String whom, @Nullable LocalDate due) {
        return new NewAssignment(what, whom, due == null ? "" : due.toString());
    }

    /** The due date, null when open-ended; once the form is valid. */
    @Nullable
    public LocalDate dueDate() {
        return dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
    }
}
