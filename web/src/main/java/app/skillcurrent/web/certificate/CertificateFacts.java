package app.skillcurrent.web.certificate;

import io.micronaut.core.annotation.Nullable;

/**
 * A certificate as its page and the wallet show it: the verdict first ({@code headline}, then the
 * {@code sentence} that explains it), the facts with dates in the reader's language, and the links.
 *
 * @param statusClass  "ok", "warn" (valid but something to act on) or "bad", for the verdict's colour
 * @param renewal      whether this certificate renewed an earlier one, so its issue date differs from the award
 * @param validUntil   the formatted end of validity, null when it does not expire
 * @param reason       why it was suspended or revoked, null while active
 * @param renewedBy    public id of the certificate that renewed this one
 * @param renewedFrom  public id of the certificate this one renewed
 * @param newerMajor   the newer major version renewal leads to, null without one
 * @param issuer       the issuer's name
 * @param linkedInUrl  LinkedIn's "add to profile" form, filled in
 */
record CertificateFacts(String id, String url, String holder, String courseTitle, String courseSlug, String version,
                        String awardedOn, String issuedOn, boolean renewal, @Nullable String validUntil,
                        String statusClass, String headline, String sentence, @Nullable String reason,
                        @Nullable String renewedBy, @Nullable String renewedFrom, boolean renewable,
                        @Nullable String newerMajor, String issuer, String linkedInUrl) {
}
