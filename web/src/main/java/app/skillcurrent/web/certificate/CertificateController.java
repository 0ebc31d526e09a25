package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.credential.Credentials;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Public verification: anyone holding a certificate's link can see who holds it, for which course version,
 * since when, and whether it is still valid; as a page, as JSON, as the signed Open Badges credential and as
 * a printable PDF. One route reads the suffix itself, so {@code /certificates/{id}.json} can never be taken
 * for an id and every malformed or unknown address gets the same "no such certificate" answer. These routes
 * answer in several formats, so they name them and their executor themselves instead of {@code @Html}.
 */
@Controller("/certificates")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CertificateController {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    /** Status changes must show at once, so no cache may keep an answer. */
    static final String NO_CACHE = "no-cache";
    private static final Set<String> SUFFIXES = Set.of("", "json", "jwt", "pdf");

    private final Certificates certificates;
    private final Credentials credentials;
    private final Issuer issuer;
    private final CertificatePages pages;
    private final CertificateJson json;
    private final CertificatePdf pdf;
    private final RequestLocale requestLocale;

    CertificateController(Certificates certificates, Credentials credentials, Issuer issuer, CertificatePages pages,
                          CertificateJson json, CertificatePdf pdf, RequestLocale requestLocale) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.issuer = issuer;
        this.pages = pages;
        this.json = json;
        this.pdf = pdf;
        this.requestLocale = requestLocale;
    }

    @Get(value = "/{ref}", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, Credentials.MEDIA_TYPE, PDF})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String ref, @Nullable SignedIn me) {
        int dot = ref.indexOf('.');
        String id = dot < 0 ? ref : ref.substring(0, dot);
        String suffix = dot < 0 ? "" : ref.substring(dot + 1);
        boolean asJson = suffix.equals("json") || (suffix.isEmpty() && prefersJson(request));
        Optional<CertificateView> found = certificates.find(id);
        if (found.isEmpty() || !SUFFIXES.contains(suffix)) {
            return asJson ? CertificateJson.noSuchCertificate() : CertificatePages.notFound();
        }
        CertificateView view = found.get();
        Locale locale = requestLocale.of(request);
        if (asJson) {
            return json.found(view, locale).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return switch (suffix) {
            case "jwt" -> HttpResponse.ok(credentials.signedOpenBadge(view)).contentType(Credentials.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + view.publicId() + ".jwt\"");
            case "pdf" -> HttpResponse.ok(pdf.render(view, locale)).contentType(PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-" + view.publicId() + ".pdf\"");
            default -> HttpResponse.ok(pages.page(view, me, locale)).contentType(MediaType.TEXT_HTML_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, NO_CACHE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        };
    }

    /** The QR code printed on the certificate, for the page: it encodes the verification URL. */
    @Get(value = "/{id}/qr.png", produces = {PNG, MediaType.TEXT_HTML})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> qr(@PathVariable String id) {
        if (certificates.find(id).isEmpty()) {
            return CertificatePages.notFound();
        }
        return HttpResponse.ok(QrCodes.png(issuer.certificateUrl(id), 6)).contentType(PNG);
    }

    static boolean prefersJson(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(t -> t.getName().equals(MediaType.APPLICATION_JSON))
                && request.accept().stream().noneMatch(t -> t.getName().equals(MediaType.TEXT_HTML));
    }
}
