package app.skillcurrent.core.account;

import io.micronaut.core.annotation.Nullable;

/**
 * Where a sign-in comes from: the client's address (as the web layer trusts it), and the known-device token
 * the browser brought, if any ({@link KnownDevices}).
 */
public record SignInClient(String address, @Nullable String deviceToken) {
}
