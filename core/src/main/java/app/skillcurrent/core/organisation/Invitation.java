package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An invitation to join an organisation, sent to an email address. Only the token's hash is stored. */
@MappedEntity("invitations")
public record Invitation(@Id @GeneratedValue @Nullable Long id, String publicId, long organisationId, String email,
                         String tokenHash, long invitedBy, Instant createdAt, Instant expiresAt,
                         @Nullable Instant acceptedAt, @Nullable Long acceptedBy,
                         @Nullable Instant revokedAt) {

    /** Where an invitation stands at a moment. */
    public enum State { OPEN, EXPIRED, ACCEPTED, REVOKED }

    public State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }
}
