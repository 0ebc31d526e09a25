package app.skillcurrent.core.account;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * The account's part of erasing a person (ADR 0015): the row stays as a tombstone without name, address or
 * usable password; roles, consents and the sign-in failures recorded for the address go. Both steps run in
 * the caller's transaction, which erases the rest of what the person left in between.
 */
@Singleton
public class AccountErasure {

    /** Never a deliverable address (RFC 2606), and unique through the account's public id. */
    private static final String TOMBSTONE_DOMAIN = "@erased.invalid";

    private final AccountLock lock;
    private final AccountLockRepository rows;
    private final ConsentRepository consents;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountErasure(AccountLock lock, AccountLockRepository rows, ConsentRepository consents, PasswordHasher hasher, Clock clock) {
        this.lock = lock;
        this.rows = rows;
        this.consents = consents;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Locks the account for its erasure, once the person proved it is them.
     *
     * @throws NotFoundException      when the account is already erased (a second click, another tab)
     * @throws FieldRejectedException on {@code password} when it is not the account's password
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Account hold(long accountId, String password) {
        Account account = lock.hold(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        if (password == null || password.length() > AccountRules.MAX_PASSWORD || !hasher.matches(password, account.passwordHash())) {
            throw new FieldRejectedException("password", "error.password.notYours");
        }
        return account;
    }

    /** Erases what the account row and the account's own tables hold about the person; see {@link #hold}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void erase(Account held) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        // a hash of a secret nobody keeps: the row stays well-formed and no password ever matches it
        String unusable = hasher.hash(Base64.getEncoder().encodeToString(secret));
        rows.tombstone(held.id(), "erased-" + held.publicId().toLowerCase() + TOMBSTONE_DOMAIN, unusable, Times.now(clock));
        rows.dropRoles(held.id());
        rows.forgetSignInFailures(AccountRules.signInCounterKey(held.email()));
        consents.forget(held.id());
    }
}
