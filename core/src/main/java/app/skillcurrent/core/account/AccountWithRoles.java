package app.skillcurrent.core.account;

import java.util.Set;

/**
 * An account with its platform roles, read together because every signed-in page needs both, and what says
 * whether the session asking is still on: the account's session generation (a session issued under another
 * has been ended) and whether that one session was signed out.
 */
public record AccountWithRoles(Account account, Set<Role> roles, int sessionGeneration, boolean sessionEnded) {
}
