package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Optional;

/**
 * A person as their organisation sees them: who they are, their role, and their own budget if any. A former
 * member erased their account (ADR 0015): name and address are gone, what they learnt stays in the reports.
 */
@Introspected
public record Member(long userId, String publicId, String displayName, String email, String role, Instant joinedAt,
                     @Nullable Integer budgetMinutes, @Nullable String budgetPeriod, @Nullable Instant erasedAt) {

    /** They erased their account: no name, no address, nobody can sign in as them. */
    public boolean former() {
        return erasedAt != null;
    }

    public boolean isAdmin() {
        return OrganisationRole.ADMIN.name().equals(role);
    }

    /** The member's own budget, when an admin gave them one instead of the organisation's default. */
    public Optional<Budget> ownBudget() {
        return Budget.of(budgetMinutes, budgetPeriod);
    }

    /** The budget that applies to this member. */
    public Optional<Budget> budget(Organisation organisation) {
        return ownBudget().or(organisation::defaultBudget);
    }
}
