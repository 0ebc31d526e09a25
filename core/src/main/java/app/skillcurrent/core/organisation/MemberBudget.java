package app.skillcurrent.core.organisation;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.DecimalNumber;
import app.skillcurrent.content.support.validation.OneOf;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * A member's own learning-time budget as an admin enters it; blank hours return the member to the
 * organisation's default.
 */
@Serdeable
@Introspected
@BudgetInRange
public record MemberBudget(
        @DecimalNumber(message = "error.budget.hours") @Label("organisation.field.hours") @Nullable String budgetHours,
        @NotBlank(message = "error.budget.period")
        @OneOf(value = {"WEEK", "MONTH"}, message = "error.budget.period") @Label("organisation.field.period") @Nullable String budgetPeriod) implements BudgetEntry {

    /** The form as it stands for a member: their own hours, if any, in the period that applies to them. */
    public static MemberBudget of(Member member, Organisation organisation) {
        return new MemberBudget(BudgetEntry.hoursOf(member.ownBudget()), BudgetEntry.periodOf(member.budget(organisation)));
    }
}
