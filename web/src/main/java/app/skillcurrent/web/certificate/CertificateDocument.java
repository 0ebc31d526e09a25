package app.skillcurrent.web.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The machine-readable form of the verification page ({@code /certificates/{id}.json}, and the API's
 * certificate). Fields come in this order and absent values as {@code null}, so programs reading it find
 * every field always there.
 *
 * @param statusText       the verdict sentence of the page, in the reader's language
 * @param renewalOpenUntil when renewal to {@code newerMajorVersion} stops being possible
 * @param renewedBy        the verification URL of the certificate that renewed this one
 * @param renewedFrom      the verification URL of the certificate this one renewed
 * @param issuer           the issuer's profile URL
 * @param credential       the signed Open Badges credential's URL
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CertificateDocument(String id, String url, String holder, Course course, String version, String currentVersion,
                           String awardedAt, String issuedAt, @Nullable String validUntil, String status,
                           boolean valid, String statusText, @Nullable String reason,
                           @Nullable String newerMajorVersion, @Nullable String renewalOpenUntil,
                           @Nullable String renewedBy, @Nullable String renewedFrom, String issuer, String credential,
                           String pdf) {

    @Serdeable
    record Course(long id, String slug, String title, String url) {
    }
}
