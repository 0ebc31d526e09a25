package app.skillcurrent.web.certificate;

import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.certificate.CertificateAdministration;
import app.skillcurrent.core.certificate.CertificateStateException;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.Locale;

/** Suspending, reinstating and revoking a certificate from its verification page. */
@Controller("/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CertificateAdminController {

    private final Certificates certificates;
    private final CertificateAdministration administration;
    private final CertificatePages pages;
    private final Forms forms;
    private final Messages messages;
    private final RequestLocale requestLocale;

    CertificateAdminController(Certificates certificates, CertificateAdministration administration,
                               CertificatePages pages, Forms forms, Messages messages, RequestLocale requestLocale) {
        this.certificates = certificates;
        this.administration = administration;
        this.pages = pages;
        this.forms = forms;
        this.messages = messages;
        this.requestLocale = requestLocale;
    }

    /**
     * Missing reasons and an unticked confirmation come back as the page with HTTP 422; an action none of the
     * forms sends is a bad request (400); a change the certificate's state does not allow (suspending twice,
     * anything after revoking) is a conflict (409), explained above the forms.
     */
    @Post("/{id}/status") @Form
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable String id, SignedIn me, @Body StatusChangeForm form) {
        CertificateView view = certificates.find(id).orElseThrow(() -> new NotFoundException("certificate " + id));
        if (!administration.mayAdminister(me.editor(), view)) {
            throw new NotAllowedException();
        }
        Locale locale = requestLocale.of(request);
        FieldErrors errors = forms.check(request, form);
        String unknownAction = errors.field().get("action");
        if (unknownAction != null) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(pages.withProblem(view, me, locale, unknownAction));
        }
        return forms.handle(request, form, wrong -> pages.refused(view, me, locale, form, wrong), valid -> {
            try {
                administration.change(me.editor(), id, valid.chosen(), valid.reason());
            } catch (CertificateStateException conflict) {
                CertificateView now = certificates.find(id).orElse(view);
                return HttpResponse.status(HttpStatus.CONFLICT)
                        .body(pages.withProblem(now, me, locale, messages.get(locale, conflict.messageKey())));
            }
            return Flash.set(HttpResponse.seeOther(URI.create("/certificates/" + id)), "certificate.flash." + valid.action());
        });
    }
}
