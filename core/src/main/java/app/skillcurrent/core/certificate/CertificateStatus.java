package app.skillcurrent.core.certificate;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;

/** A certificate's status at a given moment, as a stranger verifying it should understand it. */
public enum CertificateStatus {
    ACTIVE(true),
    /** Still valid, but its valid-until date is at most {@link #EXPIRING_WITHIN} away. */
    EXPIRING(true),
    /** Still valid: a newer major version exists and the renewal window is open. */
    UPDATE_AVAILABLE(true),
    /** A newer major version exists and the renewal window closed without renewal. */
    OUTDATED(false),
    SUSPENDED(false),
    REVOKED(false),
    EXPIRED(false);

    public static final Duration EXPIRING_WITHIN = Duration.ofDays(30);

    private final boolean valid;

    CertificateStatus(boolean valid) {
        this.valid = valid;
    }

    public boolean valid() {
        return valid;
    }

    /**
     * The status from the administrator's decision and the dates. A decision outranks dates, and an ended
     * validity or a closed window outranks an approaching deadline; an expiry within 30 days is named before
     * an open renewal window because it is the more pressing of the two.
     *
     * @param windowClosesAt when the renewal window for the first newer major version closes; null when the
     *                       certified major version is still the newest
     */
    public static CertificateStatus of(CertificateState state, @Nullable Instant validUntil,
                                       @Nullable Instant windowClosesAt, Instant now) {
        if (state == CertificateState.REVOKED) {
            return REVOKED;
        }
        if (state == CertificateState.SUSPENDED) {
            return SUSPENDED;
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return EXPIRED;
        }
        if (windowClosesAt != null && !now.isBefore(windowClosesAt)) {
            return OUTDATED;
        }
        if (validUntil != null && !validUntil.isAfter(now.plus(EXPIRING_WITHIN))) {
            return EXPIRING;
        }
        if (windowClosesAt != null) {
            return UPDATE_AVAILABLE;
        }
        return ACTIVE;
    }
}
