package app.skillcurrent.web.certificate;

import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.certificate.CertificateAdministration;
import app.skillcurrent.core.certificate.CertificateAdministration.Action;
import app.skillcurrent.core.certificate.CertificateStateException;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Suspending, reinstating and revoking a certificate from its verification page. */
@Controller(value = "/certificates", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CertificateAdminController {

    private final CurrentAccount currentAccount;
    private final Certificates certificates;
    private final CertificateAdministration administration;
    private final CertificatePages pages;
    private final Messages messages;
    private final RequestLocale requestLocale;

    CertificateAdminController(CurrentAccount currentAccount, Certificates certificates,
                               CertificateAdministration administration, CertificatePages pages, Messages messages,
                               RequestLocale requestLocale) {
        this.currentAccount = currentAccount;
        this.certificates = certificates;
        this.administration = administration;
        this.pages = pages;
        this.messages = messages;
        this.requestLocale = requestLocale;
    }

    @Post(value = "/{id}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        SignedIn me = currentAccount.require(request);
        CertificateView view = certificates.find(id).orElseThrow(() -> new NotFoundException("certificate " + id));
        if (!administration.mayAdminister(me.editor(), view)) {
            throw new NotAllowedException();
        }
        Locale locale = requestLocale.of(request);
        Optional<Action> action = Arrays.stream(Action.values())
                .filter(a -> a.name().equalsIgnoreCase(form.getOrDefault("action", ""))).findFirst();
        if (action.isEmpty()) {
            return refused(request, view, null, Map.of(), form, HttpStatus.BAD_REQUEST, "error.certificate.unknownAction");
        }
        if (action.get() == Action.REVOKE && !"yes".equals(form.get("confirm"))) {
            return refused(request, view, action.get(),
                    Map.of("confirm", messages.get(locale, "error.certificate.confirmRevoke")), form,
                    HttpStatus.UNPROCESSABLE_ENTITY, null);
        }
        try {
            administration.change(me.editor(), id, action.get(), form.get("reason"));
        } catch (FieldRejectedException rejected) {
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            rejected.problems().forEach((field, key) -> problems.put(field, messages.get(locale, key)));
            return refused(request, view, action.get(), problems,
                    form, HttpStatus.UNPROCESSABLE_ENTITY, null);
        } catch (CertificateStateException conflict) {
            CertificateView now = certificates.find(id).orElse(view);
            return refused(request, now, null, Map.of(), form, HttpStatus.CONFLICT, conflict.messageKey());
        }
        return Flash.set(HttpResponse.seeOther(URI.create("/certificates/" + id)),
                "certificate.flash." + action.get().name().toLowerCase(Locale.ROOT));
    }

    private HttpResponse<?> refused(HttpRequest<?> request, CertificateView view, Action action,
                                    Map<String, String> errors, Map<String, String> values, HttpStatus status,
                                    String summaryKey) {
        Map<String, Object> model = new HashMap<>(pages.model(request, view, action, errors, values));
        if (summaryKey != null) {
            model.put("adminError", messages.get(requestLocale.of(request), summaryKey));
        }
        return HttpResponse.status(status).body(new ModelAndView<>(CertificatePages.VIEW, model));
    }
}
