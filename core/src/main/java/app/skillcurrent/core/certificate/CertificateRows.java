package app.skillcurrent.core.certificate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** Rows read through {@link CertificateRepository} that are not certificates. */
final class CertificateRows {

    private CertificateRows() {
    }

    /** The course settings a certificate depends on, read from the course (not frozen in a revision). */
    @Introspected
    record CourseFacts(String slug, int renewalWindowDays, @Nullable Integer certificateValidMonths,
                       @Nullable Integer currentMajor, @Nullable Integer currentMinor) {
    }

    @Introspected
    record FactsOf(long courseId, String slug, int renewalWindowDays, @Nullable Integer certificateValidMonths,
                   @Nullable Integer currentMajor, @Nullable Integer currentMinor) {
    }

    @Introspected
    record MajorOf(long courseId, int major, int minor, Instant publishedAt) {
    }

    /** A certificate's public id, keyed by the id a query asked about. */
    @Introspected
    record PublicIdOf(long id, String publicId) {
    }
}
