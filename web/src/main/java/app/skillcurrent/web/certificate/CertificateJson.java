package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.Certificate;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.credential.Issuer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Locale;

/**
 * The certificate as JSON, the same document wherever it is asked for: the verification page's {@code .json}
 * and {@code Accept: application/json}, and the API.
 */
@Singleton
class CertificateJson {

    private final CertificateDescriptions descriptions;
    private final Issuer issuer;

    CertificateJson(CertificateDescriptions descriptions, Issuer issuer) {
        this.descriptions = descriptions;
        this.issuer = issuer;
    }

    /** A 404 answer in JSON, for programs asking about a certificate (or status list) there is not. */
    @Serdeable
    record NotFound(String message, int status) {
    }

    /** The certificate's document, never to be cached. */
    MutableHttpResponse<CertificateDocument> found(CertificateView view, Locale locale) {
        return HttpResponse.ok(document(view, locale)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, CertificateController.NO_CACHE);
    }

    static MutableHttpResponse<NotFound> notFound(String message) {
        return HttpResponse.<NotFound>status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new NotFound(message, 404));
    }

    static MutableHttpResponse<NotFound> noSuchCertificate() {
        return notFound("No such certificate");
    }

    CertificateDocument document(CertificateView view, Locale locale) {
        Certificate certificate = view.certificate();
        String url = issuer.certificateUrl(certificate.publicId());
        return new CertificateDocument(certificate.publicId(), url, certificate.holderName(),
                new CertificateDocument.Course(certificate.courseId(), view.courseSlug(), certificate.courseTitle(),
                        issuer.courseUrl(view.courseSlug())),
                certificate.version().toString(), view.currentVersion().toString(), certificate.awardedAt().toString(),
                certificate.issuedAt().toString(), text(certificate.validUntil()), view.status().name(),
                view.status().valid(), descriptions.sentence(view, locale), descriptions.reason(view),
                view.newerMajor() == null ? null : view.newerMajor().toString(), text(view.windowClosesAt()),
                view.renewedBy() == null ? null : issuer.certificateUrl(view.renewedBy()),
                view.renewedFrom() == null ? null : issuer.certificateUrl(view.renewedFrom()),
                issuer.profileUrl(), url + ".jwt", url + ".pdf");
    }

    @Nullable
    private static String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
