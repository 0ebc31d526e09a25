package app.skillcurrent.core.mail;

import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.core.secret.ServerSecrets;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-click unsubscribe links of optional mail (RFC 8058): the token names an account and a category and is
 * signed with a key of the installation, so it works without signing in and cannot be made up for someone else.
 * It never expires: an old mail's link still turns its category off.
 */
@Singleton
public class UnsubscribeLinks {

    private static final int MAC_BYTES = 16;
    private static final int TOKEN_BYTES = Long.BYTES + 1 + MAC_BYTES;

    private final ServerSecrets secrets;
    private final Issuer issuer;

    UnsubscribeLinks(ServerSecrets secrets, Issuer issuer) {
        this.secrets = secrets;
        this.issuer = issuer;
    }

    /** A subscription a token stands for. */
    public record Subscription(long accountId, MailCategory category) {
    }

    public String url(long accountId, MailCategory category) {
        return issuer.baseUrl() + "/mail/unsubscribe/" + token(accountId, category);
    }

    String token(long accountId, MailCategory category) {
        ByteBuffer buffer = ByteBuffer.allocate(TOKEN_BYTES);
        buffer.putLong(accountId).put((byte) category.ordinal()).put(mac(accountId, category));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** What the token stands for, or empty when it is malformed or its signature is wrong. */
    public Optional<Subscription> read(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != TOKEN_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long accountId = buffer.getLong();
        int ordinal = buffer.get();
        if (ordinal < 0 || ordinal >= MailCategory.values().length || !MailCategory.values()[ordinal].optional()) {
            return Optional.empty();
        }
        MailCategory category = MailCategory.values()[ordinal];
        byte[] given = Arrays.copyOfRange(bytes, Long.BYTES + 1, TOKEN_BYTES);
        return MessageDigest.isEqual(given, mac(accountId, category))
                ? Optional.of(new Subscription(accountId, category)) : Optional.empty();
    }

    private byte[] mac(long accountId, MailCategory category) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("mail-unsubscribe", 32), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal((accountId + ":" + category.name()).getBytes()), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
