package app.skillcurrent.core.account;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Locks an account row for the caller's transaction, and only while the account is not erased (ADR 0015).
 * Erasing holds the row exclusively; whatever writes something about the person by name (a certificate)
 * shares the lock first, so it either commits before the erasure starts, and is erased with the rest, or
 * waits for it and finds the account gone.
 */
@Singleton
public class AccountLock {

    private final AccountLockRepository rows;

    AccountLock(AccountLockRepository rows) {
        this.rows = rows;
    }

    /** The account, shared-locked until the caller's transaction ends; empty when it is erased. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<Account> share(long accountId) {
        return rows.share(accountId);
    }

    /** The account, locked exclusively until the caller's transaction ends; empty when it is erased. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Account> hold(long accountId) {
        return rows.hold(accountId);
    }
}
