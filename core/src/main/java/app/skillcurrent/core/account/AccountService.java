package app.skillcurrent.core.account;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.support.DuplicateKeys;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Opens accounts, checks passwords and keeps profiles. Every input is validated here, whatever the caller
 * already checked; failures carry the field and a message key.
 */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final ConsentRepository consents;
    private final LegalTexts legalTexts;
    private final Clock clock;

    AccountService(AccountRepository accounts, RoleRepository roles, PasswordHasher hasher,
                   SignInThrottle throttle, ConsentRepository consents, LegalTexts legalTexts, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.hasher = hasher;
        this.throttle = throttle;
        this.consents = consents;
        this.legalTexts = legalTexts;
        this.clock = clock;
    }

    /**
     * Opens an account, with the person's consent to the current version of the terms and privacy notice
     * (the request's constraints refuse it without).
     *
     * @throws FieldRejectedException on {@code email} when the address is already registered, even when two
     *                                requests for it race (the unique key decides)
     */
    @Transactional
    public Account signUp(@Valid SignUpRequest request) {
        String email = AccountRules.normaliseEmail(request.email());
        if (accounts.findByEmail(email).isPresent()) {
            throw new FieldRejectedException("email", "error.email.taken");
        }
        Instant now = Times.now(clock);
        Account account = new Account(null, PublicIds.next(), email, request.displayName().trim(),
                hasher.hash(request.password()), request.locale(), now, now);
        try {
            Account saved = accounts.save(account);
            consents.record(saved.id(), legalTexts.version(), now);
            return saved;
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new FieldRejectedException("email", "error.email.taken");
            }
            throw e;
        }
    }

    /**
     * Checks an email and password.
     *
     * @throws SignInThrottledException     after too many recent failures for the account or the address
     * @throws InvalidCredentialsException  when they do not match, without saying which part was wrong
     */
    public Account authenticate(String rawEmail, String password, String clientAddress) {
        String email = AccountRules.normaliseEmail(rawEmail);
        if (email.length() > AccountRules.MAX_EMAIL) {
            // no account can have it, and the failure log cannot hold it: wrong, at the usual cost
            hasher.burnOneCheck(password == null ? "" : password);
            throw new InvalidCredentialsException();
        }
        throttle.check(email, clientAddress);
        Optional<Account> account = email.isEmpty() ? Optional.empty() : accounts.findByEmail(email);
        boolean matches;
        if (account.isPresent() && password != null && password.length() <= AccountRules.MAX_PASSWORD) {
            matches = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.burnOneCheck(password == null ? "" : password);
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(email, clientAddress);
            throw new InvalidCredentialsException();
        }
        throttle.clear(email);
        return account.get();
    }

    public Optional<Account> findById(long id) {
        return accounts.findById(id);
    }

    public Optional<Account> findByPublicId(String publicId) {
        return PublicIds.looksValid(publicId) ? accounts.findByPublicId(publicId) : Optional.empty();
    }

    /** The account behind a session, with its roles, in one query. */
    public Optional<AccountWithRoles> findWithRoles(String publicId) {
        if (!PublicIds.looksValid(publicId)) {
            return Optional.empty();
        }
        return accounts.findWithRoles(publicId).map(row -> {
            Set<Role> granted = EnumSet.noneOf(Role.class);
            if (row.roles() != null) {
                for (String role : row.roles().split(",")) {
                    granted.add(Role.valueOf(role));
                }
            }
            return new AccountWithRoles(new Account(row.id(), row.publicId(), row.email(), row.displayName(),
                    row.passwordHash(), row.locale(), row.createdAt(), row.updatedAt()), granted, row.sessionGeneration());
        });
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(AccountRules.normaliseEmail(email));
    }

    public Set<Role> rolesOf(long accountId) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        for (String role : roles.findRoles(accountId)) {
            result.add(Role.valueOf(role));
        }
        return result;
    }

    @Transactional
    public void grantRole(long accountId, Role role) {
        roles.grant(accountId, role.name(), Times.now(clock));
    }

    @Transactional
    public Account updateProfile(long accountId, @Valid ProfileUpdate update) {
        Account account = accounts.findById(accountId).orElseThrow();
        return accounts.update(account.withProfile(update.displayName().trim(), update.locale(), Times.now(clock)));
    }

    /**
     * Changes the password and ends every session, so whoever knew the old password is signed out too.
     *
     * @return the generation a session issued from now on carries (the caller's own new session)
     * @throws FieldRejectedException on {@code currentPassword} when it is wrong, or on {@code newPassword}
     *                                when it equals the current one
     */
    @Transactional
    public int changePassword(long accountId, @Valid PasswordChange change) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!hasher.matches(change.currentPassword(), account.passwordHash())) {
            throw new FieldRejectedException("currentPassword", "error.password.currentWrong");
        }
        if (change.currentPassword().equals(change.newPassword())) {
            throw new FieldRejectedException("newPassword", "error.password.unchanged");
        }
        accounts.update(account.withPasswordHash(hasher.hash(change.newPassword()), Times.now(clock)));
        return endSessions(accountId);
    }

    /**
     * Ends every session of the account, on every device and server.
     *
     * @return the generation a session issued from now on carries
     */
    @Transactional
    public int endSessions(long accountId) {
        accounts.endSessions(accountId);
        return accounts.sessionGeneration(accountId);
    }

    /** The generation a session issued now carries. */
    public int sessionGeneration(long accountId) {
        return accounts.sessionGeneration(accountId);
    }
}
