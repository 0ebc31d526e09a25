package app.skillcurrent.web.account;

import app.skillcurrent.core.account.AccountService;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Looks up the signed-in account once per request. Roles and profile come from the database, not the
 * cookie, so a change takes effect at once and a deleted account loses access.
 */
@Singleton
public class CurrentAccount {

    private static final String ATTRIBUTE = CurrentAccount.class.getName();

    private final AccountService accounts;

    CurrentAccount(AccountService accounts) {
        this.accounts = accounts;
    }

    @SuppressWarnings("unchecked")
    public Optional<SignedIn> of(HttpRequest<?> request) {
        Optional<Object> cached = request.getAttribute(ATTRIBUTE);
        if (cached.isPresent()) {
            return (Optional<SignedIn>) cached.get();
        }
        Optional<SignedIn> found = request.getUserPrincipal(Authentication.class)
                .flatMap(auth -> accounts.findWithRoles(auth.getName()))
                .map(withRoles -> new SignedIn(withRoles.account(), withRoles.roles()));
        request.setAttribute(ATTRIBUTE, found);
        return found;
    }

    /** For routes that are already secured: the account, or an error if the session no longer has one. */
    public SignedIn require(HttpRequest<?> request) {
        return of(request).orElseThrow(() -> new io.micronaut.security.authentication.AuthorizationException(null));
    }
}
