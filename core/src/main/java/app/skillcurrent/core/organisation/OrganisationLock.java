package app.skillcurrent.core.organisation;

import app.skillcurrent.content.access.NotFoundException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Serialises changes to who belongs to an organisation and what they were given (ADR 0008): seats, roles,
 * members, team places and assignments. Each such change locks the organisation row before it reads what it
 * depends on, so under READ COMMITTED it sees every change committed before it and none can slip in between
 * its check and its write (for example, a place in a team given to someone being removed at that moment).
 * The lock is a write to the row, not only {@code FOR UPDATE}: on a Galera cluster a row lock holds only on its
 * own node, but two transactions that wrote the same row cannot both commit, so the second starts again
 * ({@code ConflictRetry}) and then sees what the first did.
 */
@Singleton
public class OrganisationLock {

    private final OrganisationRepository organisations;

    OrganisationLock(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Locks the organisation until the caller's transaction ends; a lock outside one would end at once. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Organisation hold(long organisationId) {
        if (organisations.writeLock(organisationId) == 0) {
            throw new NotFoundException("organisation");
        }
        return organisations.lockedRow(organisationId).orElseThrow(() -> new NotFoundException("organisation"));
    }

    /** {@link #hold(long)} for an organisation already read. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Organisation hold(Organisation organisation) {
        return hold(organisation.id());
    }
}
