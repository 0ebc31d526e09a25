package app.skillcurrent.core.organisation;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.DecimalNumber;
import app.skillcurrent.content.support.validation.OneOf;
import app.skillcurrent.content.support.validation.WholeNumber;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Optional;

/**
 * An organisation's settings as its admins edit them: the name, the seats and the learning-time budget every
 * member has unless they have their own. Kept as typed, so a wrong entry comes back as it was; messages are
 * bundle keys.
 */
@Serdeable
@Introspected
@BudgetInRange
public record OrganisationSettings(
        @NotBlank(message = "error.organisation.nameRequired")
        @Size(max = OrganisationService.MAX_NAME, message = "error.organisation.nameTooLong") @Label("organisation.field.name") @Nullable String name,
        @NotBlank(message = "error.organisation.seatsRange")
        @WholeNumber(min = 1, max = OrganisationService.MAX_SEATS, message = "error.organisation.seatsRange") @Label("organisation.field.seats") @Nullable String seats,
        @DecimalNumber(message = "error.budget.hours") @Label("organisation.field.hours") @Nullable String budgetHours,
        @NotBlank(message = "error.budget.period")
        @OneOf(value = {"WEEK", "MONTH"}, message = "error.budget.period") @Label("organisation.field.period") @Nullable String budgetPeriod) implements BudgetEntry {

    /** Spaces around a name are not part of it. */
    public OrganisationSettings {
        name = name == null ? null : name.strip();
    }

    /** Settings to fill the form with, or to save as they are. */
    public static OrganisationSettings of(String name, int seats, Optional<Budget> defaultBudget) {
        return new OrganisationSettings(name, String.valueOf(seats), BudgetEntry.hoursOf(defaultBudget),
                BudgetEntry.periodOf(defaultBudget));
    }

    /** The organisation's settings as they are now. */
    public static OrganisationSettings of(Organisation organisation) {
        return of(organisation.name(), organisation.seats(), organisation.defaultBudget());
    }

    /** The seats as a number, once the settings are valid. */
    public int seatCount() {
        return Integer.parseInt(seats.strip());
    }
}
