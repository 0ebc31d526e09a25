package app.skillcurrent.core.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/** A budget entry's hours in whole minutes of its period, read before anyone decides whether they fit. */
record BudgetReading(BigDecimal minutes, BudgetPeriod period) {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d*(\\.\\d{0,4})?");
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /**
     * Empty for blank hours, and for hours or a period that cannot be read: the entry's field constraints
     * report those. Exponents and long decimals are not read at all, so rounding stays cheap.
     */
    static Optional<BudgetReading> of(BudgetEntry entry) {
        String hours = entry.budgetHours() == null ? "" : entry.budgetHours().strip().replace(',', '.');
        if (hours.isEmpty() || !PLAIN_DECIMAL.matcher(hours).matches()) {
            return Optional.empty();
        }
        BudgetPeriod period;
        BigDecimal parsed;
        try {
            period = BudgetPeriod.parse(entry.budgetPeriod());
            parsed = new BigDecimal(hours);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        return Optional.of(new BudgetReading(parsed.multiply(MINUTES_PER_HOUR).setScale(0, RoundingMode.HALF_UP), period));
    }

    /** At least a minute, at most what the period allows. */
    boolean fits() {
        return minutes.compareTo(BigDecimal.ONE) >= 0 && minutes.compareTo(BigDecimal.valueOf(period.maxMinutes())) <= 0;
    }

    Budget budget() {
        return new Budget(minutes.intValueExact(), period);
    }
}
