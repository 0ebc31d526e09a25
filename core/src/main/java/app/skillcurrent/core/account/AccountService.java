package app.skillcurrent.core.account;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.support.DuplicateKeys;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final SignInThrottleConfiguration throttleSettings;
    private final KnownDevices knownDevices;
    private final PasswordStrength strength;
    private final Clock clock;

    AccountService(AccountRepository accounts, RoleRepository roles, PasswordHasher hasher,
                   SignInThrottle throttle, SignInThrottleConfiguration throttleSettings, KnownDevices knownDevices,
                   PasswordStrength strength, ConsentRepository consents, LegalTexts legalTexts, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.hasher = hasher;
        this.throttle = throttle;
        this.consents = consents;
        this.legalTexts = legalTexts;
        this.throttleSettings = throttleSettings;
        this.knownDevices = knownDevices;
        this.strength = strength;
        this.clock = clock;
    }

    /**
     * Opens an account, with the person's consent to the current version of the terms and privacy notice
     * (the request's constraints refuse it without).
     *
     * @throws FieldRejectedException on {@code email} when the address is already registered, even when two
     *                                requests for it race (the unique key decides), and on {@code password}
     *                                when it is too easy to guess ({@link PasswordStrength})
     */
    @Transactional
    public Account signUp(@Valid SignUpRequest request) {
        String email = AccountRules.normaliseEmail(request.email());
        Map<String, String> problems = new LinkedHashMap<>();
        if (accounts.findByEmail(email).isPresent()) {
            problems.put("email", "error.email.taken");
        }
        strength.problem(request.password(), email, request.displayName()).ifPresent(key -> problems.put("password", key));
        if (!problems.isEmpty()) {
            throw new FieldRejectedException(problems);
        }
        Instant now = Times.now(clock);
        Account account = new Account(null, PublicIds.next(), email, request.displayName().trim(),
                hasher.hash(request.password()), request.locale(), AccountRules.DEFAULT_TIME_ZONE, null, now, now);
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
     * Checks an email and password. The attempt is counted before the password is checked
     * ({@link SignInThrottle}): from a device that signed in to the account before, on that device's own
     * counter; from anywhere else on the account's counter for that address, the account's counter for all
     * unknown devices and the address's counter over all accounts. So an attacker is slowed down wherever they
     * guess from, and the owner still gets in from a device of theirs.
     *
     * @throws SignInThrottledException     when one of those counters makes the attempt wait
     * @throws InvalidCredentialsException  when they do not match, without saying which part was wrong
     */
    public SignedInAccount authenticate(String rawEmail, String password, SignInClient client) {
        String email = AccountRules.normaliseEmail(rawEmail);
        if (email.length() > AccountRules.MAX_EMAIL) {
            // no account can have it, and no throttle counter can hold it: wrong, at the usual cost
            hasher.burnOneCheck(password == null ? "" : password);
            throw new InvalidCredentialsException();
        }
        Optional<Account> account = email.isEmpty() ? Optional.empty() : accounts.findByEmail(email);
        Optional<String> device = account.flatMap(known -> knownDevices.deviceOf(known, client.deviceToken()));
        String address = throttleAddress(client.address());
        SignInThrottle.Limit own;
        List<SignInThrottle.Limit> shared;
        if (device.isPresent()) {
            own = SignInThrottle.Limit.of("device|" + email + "|" + device.get(), throttleSettings.freeFailures());
            shared = List.of();
        } else {
            own = SignInThrottle.Limit.of("client|" + email + "|" + address, throttleSettings.freeFailures());
            shared = List.of(new SignInThrottle.Limit(AccountRules.signInCounterKey(email), throttleSettings.freeFailuresPerAccount()),
                    SignInThrottle.Limit.of("address|" + address, throttleSettings.freeFailuresPerAddress()));
        }
        List<SignInThrottle.Limit> all = new ArrayList<>(shared);
        all.add(own);
        throttle.count(all);
        boolean matches;
        if (account.isPresent() && password != null && password.length() <= AccountRules.MAX_PASSWORD) {
            matches = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.burnOneCheck(password == null ? "" : password);
            matches = false;
        }
        if (!matches) {
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(own, shared);
        return new SignedInAccount(account.get(), knownDevices.tokenFor(account.get(), client.deviceToken()));
    }

    /**
     * The known-device token for a browser that just opened the account, so that its owner's later sign-ins
     * from it count apart from guesses elsewhere, as after a sign-in.
     */
    public String knownDeviceToken(Account account, @Nullable String presented) {
        return knownDevices.tokenFor(account, presented);
    }

    /**
     * What an address is counted as: itself, or for IPv6 its /64 network, since one subscriber usually has a
     * whole /64 and could otherwise guess from a new address every time. Expects the web layer's canonical
     * form (IPv6 as eight groups, as {@code Inet6Address.getHostAddress} writes it).
     */
    static String throttleAddress(String address) {
        if (address == null || address.isEmpty()) {
            return "unknown";
        }
        String[] groups = address.split(":", -1);
        if (groups.length == 8) {
            return String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
        }
        return address;
    }

    public Optional<Account> findById(long id) {
        return accounts.findById(id);
    }

    public Optional<Account> findByPublicId(String publicId) {
        return PublicIds.looksValid(publicId) ? accounts.findByPublicId(publicId) : Optional.empty();
    }

    /** The account behind a session, with its roles and whether that session was signed out, in one query. */
    public Optional<AccountWithRoles> findWithRoles(String publicId, @Nullable String sessionId) {
        if (!PublicIds.looksValid(publicId)) {
            return Optional.empty();
        }
        return accounts.findWithRoles(publicId, sessionId == null ? "" : sessionId).map(row -> {
            Set<Role> granted = EnumSet.noneOf(Role.class);
            if (row.roles() != null) {
                for (String role : row.roles().split(",")) {
                    granted.add(Role.valueOf(role));
                }
            }
            return new AccountWithRoles(new Account(row.id(), row.publicId(), row.email(), row.displayName(),
                    row.passwordHash(), row.locale(), row.timeZone(), row.emailVerifiedAt(), row.createdAt(), row.updatedAt()), granted, row.sessionGeneration(),
                    row.sessionEnded() != 0);
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
     * Changes the password and ends every session, so whoever knew the old password is signed out too. Wrong
     * current passwords count like failed sign-ins (on the account's own counter), so a session left open
     * cannot be used to guess it.
     *
     * @return the generation a session issued from now on carries (the caller's own new session)
     * @throws FieldRejectedException on {@code currentPassword} when it is wrong or too many wrong ones were
     *                                tried, or on {@code newPassword} when it equals the current one or is too
     *                                easy to guess
     */
    @Transactional
    public int changePassword(long accountId, @Valid PasswordChange change) {
        Account account = accounts.findById(accountId).orElseThrow();
        SignInThrottle.Limit guesses = SignInThrottle.Limit.of("password|" + account.publicId(), throttleSettings.freeFailures());
        try {
            throttle.count(List.of(guesses));
        } catch (SignInThrottledException throttled) {
            throw new FieldRejectedException("currentPassword", "error.password.tooManyGuesses");
        }
        if (!hasher.matches(change.currentPassword(), account.passwordHash())) {
            throw new FieldRejectedException("currentPassword", "error.password.currentWrong");
        }
        throttle.succeeded(guesses, List.of());
        if (change.currentPassword().equals(change.newPassword())) {
            throw new FieldRejectedException("newPassword", "error.password.unchanged");
        }
        strength.problem(change.newPassword(), account.email(), account.displayName())
                .ifPresent(key -> {
                    throw new FieldRejectedException("newPassword", key);
                });
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

    /**
     * Ends one session, on every server at once: its id is refused from now until {@code expiresAt}, when
     * the token is refused anyway (a token without an expiry, for a year). Ids longer than the 22 characters
     * sessions are given are not ours to end.
     */
    @Transactional
    public void endSession(@Nullable String sessionId, @Nullable Instant expiresAt) {
        if (sessionId != null && !sessionId.isEmpty() && sessionId.length() <= 22) {
            Instant until = expiresAt == null ? Times.now(clock).plus(Duration.ofDays(365)) : expiresAt;
            accounts.endSession(sessionId, until.truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** Forgets ended sessions whose tokens have expired: runs on every server, the deletes end the same. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    public int purgeEndedSessions() {
        return accounts.deleteEndedSessionsBefore(Times.now(clock));
    }

    /** The generation a session issued now carries. */
    public int sessionGeneration(long accountId) {
        return accounts.sessionGeneration(accountId);
    }
}
