package app.skillcurrent.web.security;

import app.skillcurrent.core.account.AccountService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Looks up the signed-in account once per request. Roles and profile come from the database, not the
 * cookie, so a change takes effect at once, a deleted account loses access, and a session ended by a
 * password change or "sign out everywhere" (an older session generation) or by signing out (its id recorded
 * as ended) counts as signed out, on every server at once.
 */
@Singleton
public class CurrentAccount {

    private static final String ATTRIBUTE = CurrentAccount.class.getName();

    private final AccountService accounts;

    CurrentAccount(AccountService accounts) {
        this.accounts = accounts;
    }

    /** What this request found, kept on it so the account is read once; {@code signedIn} is null for visitors. */
    private record Lookup(@Nullable SignedIn signedIn) {
    }

    public Optional<SignedIn> of(HttpRequest<?> request) {
        Optional<Lookup> cached = request.getAttribute(ATTRIBUTE, Lookup.class);
        if (cached.isPresent()) {
            return Optional.ofNullable(cached.get().signedIn());
        }
        Optional<Authentication> session = request.getUserPrincipal(Authentication.class);
        Optional<SignedIn> found = session
                .flatMap(auth -> accounts.findWithRoles(auth.getName(), Sessions.sessionId(auth)))
                .filter(withRoles -> !withRoles.sessionEnded())
                .filter(withRoles -> Sessions.isCurrent(session.get(), withRoles.sessionGeneration()))
                .map(withRoles -> new SignedIn(withRoles.account(), withRoles.roles()));
        request.setAttribute(ATTRIBUTE, new Lookup(found.orElse(null)));
        return found;
    }
}
