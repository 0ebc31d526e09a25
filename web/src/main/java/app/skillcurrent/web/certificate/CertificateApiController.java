package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.http.Json;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Locale;

/**
 * Certificates for programs: anyone may read one by its id (the same document as
 * {@code /certificates/{id}.json}); the signed-in holder may list their own.
 */
@Controller("/api/v1/certificates")
public class CertificateApiController {

    private final Certificates certificates;
    private final CertificateJson json;
    private final RequestLocale requestLocale;

    CertificateApiController(Certificates certificates, CertificateJson json, RequestLocale requestLocale) {
        this.certificates = certificates;
        this.json = json;
        this.requestLocale = requestLocale;
    }

    /** The holder's certificates, newest first, each as the verification page's document. */
    @Serdeable
    record Held(List<CertificateDocument> certificates) {
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get @Json
    Held mine(HttpRequest<?> request, SignedIn me) {
        Locale locale = requestLocale.of(request);
        return new Held(certificates.ofHolder(me.id()).stream().map(view -> json.document(view, locale)).toList());
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{id}") @Json
    HttpResponse<?> one(HttpRequest<?> request, @PathVariable String id) {
        return certificates.find(id).<HttpResponse<?>>map(view -> json.found(view, requestLocale.of(request)))
                .orElseGet(CertificateJson::noSuchCertificate);
    }
}
