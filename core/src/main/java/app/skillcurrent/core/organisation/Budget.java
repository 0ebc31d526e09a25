package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/** Learning time an employer sets aside: {@code minutes} per {@code period}. */
public record Budget(int minutes, BudgetPeriod period) {

    static Optional<Budget> of(@Nullable Integer minutes, @Nullable String period) {
        return minutes == null || period == null ? Optional.empty() : Optional.of(new Budget(minutes, BudgetPeriod.parse(period)));
    }
}
