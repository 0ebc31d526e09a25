package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The learner's wallet: every certificate with its status, downloads, share link and LinkedIn link. */
@Controller("/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class WalletController {

    private final Certificates certificates;
    private final CertificateDescriptions descriptions;
    private final RequestLocale requestLocale;

    WalletController(Certificates certificates, CertificateDescriptions descriptions, RequestLocale requestLocale) {
        this.certificates = certificates;
        this.descriptions = descriptions;
        this.requestLocale = requestLocale;
    }

    @Get @Html
    WalletPage wallet(HttpRequest<?> request, SignedIn me) {
        Locale locale = requestLocale.of(request);
        return new WalletPage(certificates.ofHolder(me.id()).stream().map(c -> descriptions.facts(c, locale)).toList());
    }

    /**
     * The learner's newest certificate for a course, from the exam result page. Only a lookup: certificates
     * are issued in the transaction that records the passed exam, never by a GET.
     */
    @Get("/course/{slug}") @Html
    HttpResponse<?> forCourse(@PathVariable String slug, SignedIn me) {
        Optional<CertificateView> certificate = certificates.latest(me.id(), slug);
        if (certificate.isEmpty()) {
            return Flash.set(HttpResponse.seeOther(URI.create("/certificates")), "certificate.flash.none");
        }
        return HttpResponse.seeOther(URI.create("/certificates/" + certificate.get().publicId()));
    }
}
