package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.Certificate;
import app.skillcurrent.core.certificate.CertificateState;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.web.view.Messages;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate in words: the verdict a stranger reads first ("Valid. Certified on version 2.1; the current
 * version is 3.0, renewal open until 12 March 2027."), dates in the reader's language, and the links to
 * share, download and add it to a profile.
 */
@Singleton
class CertificateModel {

    private final Messages messages;
    private final Issuer issuer;

    CertificateModel(Messages messages, Issuer issuer) {
        this.messages = messages;
        this.issuer = issuer;
    }

    Map<String, Object> of(CertificateView view, Locale locale) {
        Certificate certificate = view.certificate();
        String id = certificate.publicId();
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("url", issuer.certificateUrl(id));
        model.put("holder", certificate.holderName());
        model.put("courseTitle", certificate.courseTitle());
        model.put("courseSlug", view.courseSlug());
        model.put("version", certificate.version().toString());
        model.put("currentVersion", view.currentVersion().toString());
        model.put("awardedOn", date(certificate.awardedAt(), locale));
        model.put("issuedOn", date(certificate.issuedAt(), locale));
        model.put("renewal", view.renewedFrom() != null);
        model.put("validUntil", certificate.validUntil() == null ? null : date(certificate.validUntil(), locale));
        model.put("status", view.status().name());
        model.put("valid", view.status().valid());
        model.put("statusClass", view.status().valid() ? (view.status() == CertificateStatus.ACTIVE ? "ok" : "warn") : "bad");
        model.put("headline", messages.get(locale, "certificate.headline." + view.status().name()));
        model.put("sentence", sentence(view, locale));
        model.put("reason", certificate.state() == CertificateState.ACTIVE ? null : certificate.stateReason());
        model.put("renewedBy", view.renewedBy());
        model.put("renewedFrom", view.renewedFrom());
        model.put("renewable", view.renewable());
        model.put("newerMajor", view.newerMajor() == null ? null : view.newerMajor().toString());
        model.put("issuer", issuer.name());
        model.put("linkedInUrl", linkedIn(view));
        return model;
    }

    /** The machine-readable form of the verification page, for {@code .json} and {@code Accept: application/json}. */
    Map<String, Object> json(CertificateView view, Locale locale) {
        Certificate certificate = view.certificate();
        String url = issuer.certificateUrl(certificate.publicId());
        Map<String, Object> course = new LinkedHashMap<>();
        course.put("id", certificate.courseId());
        course.put("slug", view.courseSlug());
        course.put("title", certificate.courseTitle());
        course.put("url", issuer.courseUrl(view.courseSlug()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", certificate.publicId());
        json.put("url", url);
        json.put("holder", certificate.holderName());
        json.put("course", course);
        json.put("version", certificate.version().toString());
        json.put("currentVersion", view.currentVersion().toString());
        json.put("awardedAt", certificate.awardedAt().toString());
        json.put("issuedAt", certificate.issuedAt().toString());
        json.put("validUntil", certificate.validUntil() == null ? null : certificate.validUntil().toString());
        json.put("status", view.status().name());
        json.put("valid", view.status().valid());
        json.put("statusText", sentence(view, locale));
        json.put("reason", certificate.state() == CertificateState.ACTIVE ? null : certificate.stateReason());
        json.put("newerMajorVersion", view.newerMajor() == null ? null : view.newerMajor().toString());
        json.put("renewalOpenUntil", view.windowClosesAt() == null ? null : view.windowClosesAt().toString());
        json.put("renewedBy", view.renewedBy() == null ? null : issuer.certificateUrl(view.renewedBy()));
        json.put("renewedFrom", view.renewedFrom() == null ? null : issuer.certificateUrl(view.renewedFrom()));
        json.put("issuer", issuer.profileUrl());
        json.put("credential", url + ".jwt");
        json.put("pdf", url + ".pdf");
        return json;
    }

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

    String date(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get(locale, "certificate.dateFormat"), locale);
        return ZonedDateTime.ofInstant(instant, ZoneOffset.UTC).format(format);
    }

    /** LinkedIn's "add to profile" form, filled in; the certificate page is the proof it links to. */
    String linkedIn(CertificateView view) {
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
