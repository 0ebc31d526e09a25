package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/** Learning time an employer sets aside: {@code minutes} per {@code period}. */
public record Budget(int minutes, BudgetPeriod period) {

    public static final int MAX_MINUTES_PER_WEEK = 60 * 60;
    public static final int MAX_MINUTES_PER_MONTH = 60 * 240;

    static Optional<Budget> of(@Nullable Integer minutes, @Nullable String period) {
        return minutes == null || period == null ? Optional.empty() : Optional.of(new Budget(minutes, BudgetPeriod.parse(period)));
    }

    public int maxMinutes() {
        return period == BudgetPeriod.WEEK ? MAX_MINUTES_PER_WEEK : MAX_MINUTES_PER_MONTH;
    }
}
