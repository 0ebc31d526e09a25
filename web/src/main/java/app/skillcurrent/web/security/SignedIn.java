package app.skillcurrent.web.security;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.content.access.Editor;

import java.util.Set;

/** The account behind the request's session cookie, with its current roles. */
public record SignedIn(Account account, Set<Role> roles) {
    public long id() {
        return account.id();
    }

    public boolean isInstructor() {
        return roles.contains(Role.INSTRUCTOR) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** This person as the content module sees an editor. */
    public Editor editor() {
        return new Editor(account.id(), roles.contains(Role.INSTRUCTOR), roles.contains(Role.ADMIN));
    }
}
