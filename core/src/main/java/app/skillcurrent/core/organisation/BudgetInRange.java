package app.skillcurrent.core.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link BudgetEntry}: the hours, rounded to whole minutes, are more than zero and at most what the period
 * allows ({@link BudgetPeriod#maxMinutes()}). The limit depends on the period, so this looks at both fields;
 * it reports on the hours field with the period's own message ({@code error.budget.rangeWeek} or
 * {@code error.budget.rangeMonth}). Blank or unreadable hours are left to the field constraints.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Constraint(validatedBy = {})
public @interface BudgetInRange {

    /** Unused: the message depends on the period. */
    String message() default "error.budget.rangeWeek";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
