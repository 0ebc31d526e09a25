package app.skillcurrent.content.access;

/**
 * Who is asking to change content. The caller resolves the account's platform roles; content decides what
 * they may do with a given course (its instructors and platform admins may edit it).
 */
public record Editor(long accountId, boolean instructor, boolean admin) {
}
