package app.skillcurrent.core.account;

import java.util.Set;

/**
 * An account with its platform roles, read together because every signed-in page needs both, and its
 * session generation: a session issued under another generation has been ended.
 */
public record AccountWithRoles(Account account, Set<Role> roles, int sessionGeneration) {
}
