package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.view.RequestLocale;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Certificates for programs: anyone may read one by its id (the same document as
 * {@code /certificates/{id}.json}); the signed-in holder may list their own.
 */
@Controller(value = "/api/v1/certificates", produces = MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CertificateApiController {

    private final Certificates certificates;
    private final CertificateModel model;
    private final CertificatePages pages;
    private final CurrentAccount currentAccount;
    private final RequestLocale requestLocale;

    CertificateApiController(Certificates certificates, CertificateModel model, CertificatePages pages,
                             CurrentAccount currentAccount, RequestLocale requestLocale) {
        this.certificates = certificates;
        this.model = model;
        this.pages = pages;
        this.currentAccount = currentAccount;
        this.requestLocale = requestLocale;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    Map<String, Object> mine(HttpRequest<?> request) {
        List<Map<String, Object>> held = certificates.ofHolder(currentAccount.require(request).id()).stream()
                .map(view -> model.json(view, requestLocale.of(request))).toList();
        return Map.of("certificates", held);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{id}")
    HttpResponse<?> one(HttpRequest<?> request, @PathVariable String id) {
        Optional<CertificateView> found = certificates.find(id);
        if (found.isEmpty()) {
            return pages.notFound(request, true);
        }
        return HttpResponse.ok(model.json(found.get(), requestLocale.of(request)))
                .header(HttpHeaders.CACHE_CONTROL, CertificateController.NO_CACHE);
    }
}
