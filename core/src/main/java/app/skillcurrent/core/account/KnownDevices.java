package app.skillcurrent.core.account;

import app.skillcurrent.core.secret.ServerSecrets;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Devices an account has signed in on: after a successful sign-in the browser keeps a token naming a random
 * device id and the account, signed with a server key ({@code <device id>.<HMAC(account public id, device id)>}).
 * Guesses from such a device are counted on their own, so an attacker hammering the account from elsewhere
 * cannot slow its owner down there, and a token cannot be made for an account one has never signed in to.
 */
@Singleton
class KnownDevices {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final ServerSecrets secrets;
    private final SecureRandom random = new SecureRandom();

    KnownDevices(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    /** The device id the token names, when it was issued for this account by this installation. */
    Optional<String> deviceOf(Account account, @Nullable String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String device = token.substring(0, dot);
        byte[] expected = sign(account, device).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(device) : Optional.empty();
    }

    /** The token this device keeps for the account: the one it brought, when valid, or a new one. */
    String tokenFor(Account account, @Nullable String presented) {
        if (deviceOf(account, presented).isPresent()) {
            return presented;
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String device = ENCODER.encodeToString(id);
        return device + "." + sign(account, device);
    }

    private String sign(Account account, String device) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("known-device-hmac", 32), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal((account.publicId() + ":" + device).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
