package app.skillcurrent.core.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The span a learning-time budget covers. Weeks start on Monday; both are counted in UTC days. */
public enum BudgetPeriod {
    /** At most 60 hours a week. */
    WEEK(60 * 60),
    /** At most 240 hours a month. */
    MONTH(240 * 60);

    private final int maxMinutes;

    BudgetPeriod(int maxMinutes) {
        this.maxMinutes = maxMinutes;
    }

    /** The most a budget for this period may set aside. */
    public int maxMinutes() {
        return maxMinutes;
    }

    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public LocalDate end(LocalDate day) {
        return this == WEEK ? start(day).plusDays(6) : day.with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The budget expressed per week, for charts that compare weeks: a month is 12/52 of a year. */
    public double minutesPerWeek(int minutes) {
        return this == WEEK ? minutes : minutes * 12.0 / 52.0;
    }

    public static BudgetPeriod parse(String value) {
        for (BudgetPeriod period : values()) {
            if (period.name().equalsIgnoreCase(value)) {
                return period;
            }
        }
        throw new IllegalArgumentException("unknown budget period " + value);
    }
}
