package app.skillcurrent.core.account;

/** A successful sign-in: the account, and the known-device token the browser is to keep for it. */
public record SignedInAccount(Account account, String deviceToken) {
}
