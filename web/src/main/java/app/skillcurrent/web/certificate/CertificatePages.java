package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.CertificateAdministration;
import app.skillcurrent.core.certificate.CertificateAdministration.Action;
import app.skillcurrent.core.certificate.CertificateEvent;
import app.skillcurrent.core.certificate.CertificateState;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The verification page's model: the certificate for everyone, and for the course's instructors and admins
 * the forms to suspend, reinstate or revoke it with the audit trail below.
 */
@Singleton
class CertificatePages {

    static final String VIEW = "certificate/show";
    static final String NOT_FOUND_VIEW = "certificate/not-found";

    private final Certificates certificates;
    private final CertificateAdministration administration;
    private final CertificateModel certificateModel;
    private final CurrentAccount currentAccount;
    private final RequestLocale requestLocale;
    private final Messages messages;

    CertificatePages(Certificates certificates, CertificateAdministration administration,
                     CertificateModel certificateModel, CurrentAccount currentAccount, RequestLocale requestLocale,
                     Messages messages) {
        this.certificates = certificates;
        this.administration = administration;
        this.certificateModel = certificateModel;
        this.currentAccount = currentAccount;
        this.requestLocale = requestLocale;
        this.messages = messages;
    }

    Map<String, Object> model(HttpRequest<?> request, CertificateView view) {
        return model(request, view, null, Map.of(), Map.of());
    }

    /**
     * @param failedAction the admin form that was sent and refused, so its fields show the errors and input
     * @param errors       field ({@code reason}, {@code confirm}) → translated message
     */
    Map<String, Object> model(HttpRequest<?> request, CertificateView view, Action failedAction,
                              Map<String, String> errors, Map<String, String> values) {
        Locale locale = requestLocale.of(request);
        Map<String, Object> model = new HashMap<>();
        model.put("c", certificateModel.of(view, locale));
        Optional<SignedIn> me = currentAccount.of(request);
        model.put("isHolder", me.map(s -> s.id() == view.certificate().userId()).orElse(false));
        if (me.isPresent() && administration.mayAdminister(me.get().editor(), view)) {
            model.put("admin", true);
            model.put("adminForms", forms(view, failedAction, errors, values, locale));
            model.put("history", history(view, locale));
        }
        return model;
    }

    MutableHttpResponse<?> notFound(HttpRequest<?> request, boolean json) {
        if (json) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("status", 404, "message", "No such certificate"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("status", 404);
        return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(NOT_FOUND_VIEW, model));
    }

    private List<Map<String, Object>> forms(CertificateView view, Action failedAction, Map<String, String> errors,
                                            Map<String, String> values, Locale locale) {
        CertificateState state = view.certificate().state();
        List<Action> possible = switch (state) {
            case ACTIVE -> List.of(Action.SUSPEND, Action.REVOKE);
            case SUSPENDED -> List.of(Action.REINSTATE, Action.REVOKE);
            case REVOKED -> List.of();
        };
        List<Map<String, Object>> forms = new ArrayList<>();
        for (Action action : possible) {
            String name = action.name().toLowerCase(Locale.ROOT);
            boolean failed = action == failedAction;
            Map<String, Object> form = new HashMap<>();
            form.put("action", name);
            form.put("title", messages.get(locale, "certificate.admin." + name));
            form.put("button", messages.get(locale, "certificate.admin." + name + ".button"));
            form.put("danger", action == Action.REVOKE);
            form.put("reason", failed ? values.getOrDefault("reason", "") : "");
            form.put("reasonError", failed ? errors.get("reason") : null);
            form.put("confirmError", failed ? errors.get("confirm") : null);
            forms.add(form);
        }
        return forms;
    }

    private List<Map<String, Object>> history(CertificateView view, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CertificateEvent event : certificates.history(view)) {
            Map<String, Object> row = new HashMap<>();
            row.put("when", certificateModel.date(event.occurredAt(), locale) + " "
                    + event.occurredAt().toString().substring(11, 16) + " UTC");
            row.put("what", messages.get(locale, "certificate.event." + event.action()));
            row.put("who", event.actorName() == null ? messages.get(locale, "certificate.event.platform") : event.actorName());
            row.put("reason", event.reason());
            rows.add(row);
        }
        return rows;
    }
}
