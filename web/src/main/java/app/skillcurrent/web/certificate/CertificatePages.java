package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.CertificateAdministration;
import app.skillcurrent.core.certificate.CertificateAdministration.Action;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.web.certificate.CertificatePage.Administration;
import app.skillcurrent.web.certificate.CertificatePage.HistoryEntry;
import app.skillcurrent.web.certificate.CertificatePage.StatusForm;
import app.skillcurrent.web.error.ErrorPage;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/**
 * Builds the verification page for its reader: the certificate for everyone, and for the course's
 * instructors and admins the status forms (as sent, when one was refused) and the audit trail.
 */
@Singleton
class CertificatePages {

    private final Certificates certificates;
    private final CertificateAdministration administration;
    private final CertificateDescriptions descriptions;
    private final Messages messages;

    CertificatePages(Certificates certificates, CertificateAdministration administration,
                     CertificateDescriptions descriptions, Messages messages) {
        this.certificates = certificates;
        this.administration = administration;
        this.descriptions = descriptions;
        this.messages = messages;
    }

    CertificatePage page(CertificateView view, @Nullable SignedIn me, Locale locale) {
        return page(view, me, locale, null, FieldErrors.NONE, null);
    }

    /** The page again after a status form was refused: that form shows what was sent and what is wrong with it. */
    CertificatePage refused(CertificateView view, SignedIn me, Locale locale, StatusChangeForm sent, FieldErrors errors) {
        return page(view, me, locale, sent, errors, null);
    }

    /** The page again with why a change was refused as a whole (a hand-made action, a conflicting state). */
    CertificatePage withProblem(CertificateView view, SignedIn me, Locale locale, String problem) {
        return page(view, me, locale, null, FieldErrors.NONE, problem);
    }

    /** The answer for an address with no certificate behind it. */
    static MutableHttpResponse<ErrorPage> notFound() {
        return HttpResponse.<ErrorPage>status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML_TYPE)
                .body(ErrorPage.explained(404, "certificate.notFound.title", "certificate.notFound.message", null));
    }

    private CertificatePage page(CertificateView view, @Nullable SignedIn me, Locale locale,
                                 @Nullable StatusChangeForm sent, FieldErrors errors, @Nullable String problem) {
        boolean holder = me != null && me.id() == view.certificate().userId();
        Administration admin = me != null && administration.mayAdminister(me.editor(), view)
                ? new Administration(forms(view, sent, errors, locale), history(view, locale), problem)
                : null;
        return new CertificatePage(descriptions.facts(view, locale), holder, admin);
    }

    private List<StatusForm> forms(CertificateView view, @Nullable StatusChangeForm sent, FieldErrors errors, Locale locale) {
        List<Action> possible = switch (view.certificate().state()) {
            case ACTIVE -> List.of(Action.SUSPEND, Action.REVOKE);
            case SUSPENDED -> List.of(Action.REINSTATE, Action.REVOKE);
            case REVOKED -> List.of();
        };
        return possible.stream().map(action -> {
            String name = action.name().toLowerCase(Locale.ROOT);
            boolean wasSent = sent != null && name.equals(sent.action());
            return new StatusForm(name, messages.get(locale, "certificate.admin." + name),
                    messages.get(locale, "certificate.admin." + name + ".button"), action == Action.REVOKE,
                    wasSent && sent.reason() != null ? sent.reason() : "", wasSent ? errors : FieldErrors.NONE);
        }).toList();
    }

    private List<HistoryEntry> history(CertificateView view, Locale locale) {
        return certificates.history(view).stream().map(event -> new HistoryEntry(
                descriptions.date(event.occurredAt(), locale) + " " + event.occurredAt().toString().substring(11, 16) + " UTC",
                messages.get(locale, "certificate.event." + event.action()),
                event.actorName() == null ? messages.get(locale, "certificate.event.platform") : event.actorName(),
                event.reason())).toList();
    }
}
