package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Optional;

/**
 * An employer: has members, each with a role that holds only inside it, a number of seats (members plus
 * open invitations) and a default learning-time budget for its members.
 */
@MappedEntity("organisations")
public record Organisation(@Id @GeneratedValue @Nullable Long id, String publicId, String name, Instant createdAt,
                           int seats, @Nullable Integer budgetMinutes, String budgetPeriod) {

    /** The budget every member has unless they have one of their own. */
    public Optional<Budget> defaultBudget() {
        return Budget.of(budgetMinutes, budgetPeriod);
    }
}
