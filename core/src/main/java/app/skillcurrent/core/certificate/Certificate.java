package app.skillcurrent.core.certificate;

import app.skillcurrent.content.revision.Version;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A certificate as issued: who, which course version, when. Holder name and course title are copied at
 * issuance, so later renames never change what was certified. {@code awardedAt} is the first award and is
 * carried over by renewals; {@code issuedAt} is when this certificate (version) was issued.
 */
@MappedEntity("certificates")
public record Certificate(@Id @GeneratedValue @Nullable Long id, String publicId, long userId, long courseId,
                          long courseRevisionId, int major, int minor, String holderName, String courseTitle,
                          Instant awardedAt, Instant issuedAt, @Nullable Instant validUntil, CertificateState state,
                          @Nullable String stateReason, @Nullable Instant stateChangedAt, int statusIndex,
                          @Nullable Long renewedFromId) {

    public Version version() {
        return new Version(major, minor);
    }
}
