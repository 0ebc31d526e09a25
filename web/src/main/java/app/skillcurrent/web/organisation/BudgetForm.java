package app.skillcurrent.web.organisation;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.organisation.Budget;
import app.skillcurrent.core.organisation.BudgetPeriod;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** Reads a budget from a form: hours (decimals with a point or a comma) and a period; blank hours mean none. */
final class BudgetForm {

    private BudgetForm() {
    }

    @Nullable
    static Budget parse(@Nullable String hours, @Nullable String period, String field) {
        String text = hours == null ? "" : hours.strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        BudgetPeriod parsedPeriod;
        try {
            parsedPeriod = BudgetPeriod.parse(period == null ? "" : period);
        } catch (IllegalArgumentException unknown) {
            throw new FieldRejectedException(field, "error.budget.period");
        }
        BigDecimal parsedHours;
        try {
            parsedHours = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new FieldRejectedException(field, "error.budget.hours");
        }
        // more decimals than minutes need, e.g. "1e-20000000", would make the rounding below run for minutes
        if (parsedHours.scale() > 4) {
            throw new FieldRejectedException(field, "error.budget.hours");
        }
        if (parsedHours.signum() <= 0 || parsedHours.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            throw new FieldRejectedException(field, parsedPeriod == BudgetPeriod.WEEK ? "error.budget.rangeWeek" : "error.budget.rangeMonth");
        }
        int minutes = parsedHours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new Budget(minutes, parsedPeriod);
    }

    /** The hours as a form shows them again: "3", "1.5". */
    static String hours(Optional<Budget> budget) {
        return budget.map(b -> BigDecimal.valueOf(b.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString()).orElse("");
    }

    static String period(Optional<Budget> budget) {
        return budget.map(b -> b.period().name()).orElse(BudgetPeriod.WEEK.name()).toUpperCase(Locale.ROOT);
    }
}
