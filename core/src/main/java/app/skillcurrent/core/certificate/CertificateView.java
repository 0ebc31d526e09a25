package app.skillcurrent.core.certificate;

import app.skillcurrent.content.revision.Version;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A certificate with what is needed to judge it now: the course's current version, the first newer major
 * version and when its renewal window closes, the status at the moment it was read, and the certificates it
 * renewed or that renewed it.
 *
 * @param newerMajor     the first major version after the certified one, if any
 * @param windowClosesAt when renewal stops being possible ({@code newerMajor}'s publication plus the course's
 *                       renewal window); null without a newer major version
 * @param renewedBy      public id of the certificate that renewed this one
 * @param renewedFrom    public id of the certificate this one renewed
 */
public record CertificateView(Certificate certificate, String courseSlug, Version currentVersion,
                              @Nullable Version newerMajor, @Nullable Instant windowClosesAt,
                              CertificateStatus status, @Nullable String renewedBy, @Nullable String renewedFrom) {

    public String publicId() {
        return certificate.publicId();
    }

    /** True while the holder may renew: a newer major exists, its window is open, the certificate still counts. */
    public boolean renewable() {
        return newerMajor != null && renewedBy == null
                && (status == CertificateStatus.UPDATE_AVAILABLE || status == CertificateStatus.EXPIRING);
    }
}
