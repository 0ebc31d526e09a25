package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.Certificate;
import app.skillcurrent.core.certificate.CertificateState;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.web.view.Messages;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A certificate in words: the verdict a stranger reads first ("Valid. Certified on version 2.1; the current
 * version is 3.0, renewal open until 12 March 2027."), dates in the reader's language, and the links to
 * share, download and add it to a profile.
 */
@Singleton
class CertificateDescriptions {

    private final Messages messages;
    private final Issuer issuer;

    CertificateDescriptions(Messages messages, Issuer issuer) {
        this.messages = messages;
        this.issuer = issuer;
    }

    CertificateFacts facts(CertificateView view, Locale locale) {
        Certificate certificate = view.certificate();
        String id = certificate.publicId();
        CertificateStatus status = view.status();
        // a holder who withdrew the certificate when deleting their account took their name with them (ADR 0015)
        String holder = certificate.holderName().isEmpty() ? messages.get(locale, "certificate.holderWithdrawn") : certificate.holderName();
        return new CertificateFacts(id, issuer.certificateUrl(id), holder, certificate.courseTitle(),
                view.courseSlug(), certificate.version().toString(), date(certificate.awardedAt(), locale),
                date(certificate.issuedAt(), locale), view.renewedFrom() != null,
                certificate.validUntil() == null ? null : date(certificate.validUntil(), locale),
                status.valid() ? (status == CertificateStatus.ACTIVE ? "ok" : "warn") : "bad",
                messages.get(locale, "certificate.headline." + status.name()), sentence(view, locale), reason(view),
                view.renewedBy(), view.renewedFrom(), view.renewable(),
                view.newerMajor() == null ? null : view.newerMajor().toString(), issuer.name(), linkedIn(view));
    }

    /** Why an administrator suspended or revoked it; null while it is active. */
    @Nullable
    String reason(CertificateView view) {
        Certificate certificate = view.certificate();
        return certificate.state() == CertificateState.ACTIVE ? null : certificate.stateReason();
    }

    /** The verdict and the version it is about, as one sentence. */
    String sentence(CertificateView view, Locale locale) {
        Certificate certificate = view.certificate();
        String verdict = switch (view.status()) {
            case ACTIVE, EXPIRING, UPDATE_AVAILABLE -> certificate.validUntil() == null
                    ? messages.get(locale, "certificate.verdict.valid")
                    : messages.get(locale, "certificate.verdict.validUntil", date(certificate.validUntil(), locale));
            case OUTDATED -> messages.get(locale, "certificate.verdict.outdated");
            case EXPIRED -> messages.get(locale, "certificate.verdict.expired", date(certificate.validUntil(), locale));
            case SUSPENDED -> messages.get(locale, "certificate.verdict.suspended", date(certificate.stateChangedAt(), locale));
            case REVOKED -> messages.get(locale, "certificate.verdict.revoked", date(certificate.stateChangedAt(), locale));
        };
        String certified = certificate.version().toString();
        String current = view.currentVersion().toString();
        String version;
        CertificateStatus status = view.status();
        if (view.windowClosesAt() != null && (status == CertificateStatus.UPDATE_AVAILABLE || status == CertificateStatus.EXPIRING)) {
            version = messages.get(locale, "certificate.version.renewalOpen", certified, current, date(view.windowClosesAt(), locale));
        } else if (view.windowClosesAt() != null && status == CertificateStatus.OUTDATED) {
            version = messages.get(locale, "certificate.version.renewalClosed", certified, current, date(view.windowClosesAt(), locale));
        } else if (certified.equals(current)) {
            version = messages.get(locale, "certificate.version.current", certified);
        } else {
            version = messages.get(locale, "certificate.version.newer", certified, current);
        }
        return verdict + " " + version;
    }

    /** A day as the reader's language writes it ("3 December 2027", "3. Dezember 2027"), in UTC. */
    String date(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get(locale, "certificate.dateFormat"), locale);
        return ZonedDateTime.ofInstant(instant, ZoneOffset.UTC).format(format);
    }

    /** LinkedIn's "add to profile" form, filled in; the certificate page is the proof it links to. */
    private String linkedIn(CertificateView view) {
        Certificate certificate = view.certificate();
        ZonedDateTime awarded = certificate.awardedAt().atZone(ZoneOffset.UTC);
        StringBuilder url = new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
                .append("&name=").append(encode(certificate.courseTitle() + " (version " + certificate.version() + ")"))
                .append("&organizationName=").append(encode(issuer.name()))
                .append("&issueYear=").append(awarded.getYear())
                .append("&issueMonth=").append(awarded.getMonthValue());
        if (certificate.validUntil() != null) {
            ZonedDateTime until = certificate.validUntil().atZone(ZoneOffset.UTC);
            url.append("&expirationYear=").append(until.getYear()).append("&expirationMonth=").append(until.getMonthValue());
        }
        return url.append("&certUrl=").append(encode(issuer.certificateUrl(certificate.publicId())))
                .append("&certId=").append(encode(certificate.publicId())).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
