package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A learning-time budget as a form sends it: the hours as typed (with a decimal point or a comma) and the
 * period. Blank hours mean no budget. The form records carrying one check the text with their field
 * constraints and the amount with {@link BudgetInRange}; {@link #budget()} reads an entry they accepted.
 */
public interface BudgetEntry {

    /** The name of the hours field, where a budget out of range is reported. */
    String HOURS = "budgetHours";

    @Nullable
    String budgetHours();

    @Nullable
    String budgetPeriod();

    /** The budget entered, empty for blank hours. Only for an entry whose constraints hold. */
    default Optional<Budget> budget() {
        return BudgetReading.of(this).map(BudgetReading::budget);
    }

    /** A budget's hours as a form shows them again: "3", "1.5"; blank for none. */
    static String hoursOf(Optional<Budget> budget) {
        return budget.map(b -> BigDecimal.valueOf(b.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString()).orElse("");
    }

    /** A budget's period as a form's choice; a week when there is no budget yet. */
    static String periodOf(Optional<Budget> budget) {
        return budget.map(Budget::period).orElse(BudgetPeriod.WEEK).name();
    }
}
