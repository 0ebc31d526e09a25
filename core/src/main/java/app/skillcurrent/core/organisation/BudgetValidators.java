package app.skillcurrent.core.organisation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The check behind {@link BudgetInRange}. */
@Factory
class BudgetValidators {

    @Singleton
    ConstraintValidator<BudgetInRange, BudgetEntry> budgetInRange() {
        return (entry, annotation, context) -> {
            Optional<BudgetReading> reading = entry == null ? Optional.empty() : BudgetReading.of(entry);
            if (reading.isEmpty() || reading.get().fits()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(reading.get().period() == BudgetPeriod.WEEK
                            ? "error.budget.rangeWeek" : "error.budget.rangeMonth")
                    .addPropertyNode(BudgetEntry.HOURS)
                    .addConstraintViolation();
            return false;
        };
    }
}
