package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.RequestLocale;
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
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The learner's wallet: every certificate with its status, downloads, share link and LinkedIn link. */
@Controller(value = "/certificates", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class WalletController {

    static final String VIEW = "certificate/wallet";

    private final CurrentAccount currentAccount;
    private final Certificates certificates;
    private final CertificateModel model;
    private final RequestLocale requestLocale;

    WalletController(CurrentAccount currentAccount, Certificates certificates, CertificateModel model,
                     RequestLocale requestLocale) {
        this.currentAccount = currentAccount;
        this.certificates = certificates;
        this.model = model;
        this.requestLocale = requestLocale;
    }

    @Get
    ModelAndView<Map<String, Object>> wallet(HttpRequest<?> request) {
        Locale locale = requestLocale.of(request);
        List<Map<String, Object>> rows = certificates.ofHolder(currentAccount.require(request).id()).stream()
                .map(c -> model.of(c, locale)).toList();
        Map<String, Object> page = new HashMap<>();
        page.put("certificates", rows);
        return new ModelAndView<>(VIEW, page);
    }

    /**
     * The learner's newest certificate for a course, from the exam result page. Only a lookup: certificates
     * are issued in the transaction that records the passed exam, never by a GET.
     */
    @Get("/course/{slug}")
    HttpResponse<?> forCourse(HttpRequest<?> request, @PathVariable String slug) {
        long userId = currentAccount.require(request).id();
        Optional<CertificateView> certificate = certificates.latest(userId, slug);
        if (certificate.isEmpty()) {
            return Flash.set(HttpResponse.seeOther(URI.create("/certificates")), "certificate.flash.none");
        }
        return HttpResponse.seeOther(URI.create("/certificates/" + certificate.get().publicId()));
    }
}
