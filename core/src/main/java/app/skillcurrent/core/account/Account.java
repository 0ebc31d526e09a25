package app.skillcurrent.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person who can sign in. Everyone is a learner; further roles are in {@link Role}. */
@MappedEntity("users")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        String publicId,
        String email,
        String displayName,
        String passwordHash,
        String locale,
        String timeZone,
        @Nullable Instant emailVerifiedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether the person proved the address is theirs (a verification link mailed to it was followed). */
    public boolean verified() {
        return emailVerifiedAt != null;
    }

    Account withPasswordHash(String hash, Instant now) {
        return new Account(id, publicId, email, displayName, hash, locale, timeZone, emailVerifiedAt, createdAt, now);
    }

    Account withProfile(String newDisplayName, String newLocale, Instant now) {
        return new Account(id, publicId, email, newDisplayName, passwordHash, newLocale, timeZone, emailVerifiedAt, createdAt, now);
    }
}
