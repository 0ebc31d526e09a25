package app.skillcurrent.web.privacy;

import app.skillcurrent.core.organisation.FormerMembers;
import app.skillcurrent.core.organisation.LastAdminException;
import app.skillcurrent.core.privacy.AccountDeletion;
import app.skillcurrent.core.privacy.DeletionRequest;
import app.skillcurrent.core.privacy.PersonalData;
import app.skillcurrent.core.privacy.PersonalDataExport;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.http.Json;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** "Your data" under the profile: one's own data as JSON, and deleting one's account (ADR 0015). */
@Controller("/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PrivacyController {

    private final PersonalDataExport export;
    private final AccountDeletion deletion;
    private final Forms forms;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

    PrivacyController(PersonalDataExport export, AccountDeletion deletion, Forms forms,
                      LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
        this.export = export;
        this.deletion = deletion;
        this.forms = forms;
        this.logoutHandler = logoutHandler;
    }

    @Get("/data") @Html
    YourDataPage show(SignedIn me) {
        return YourDataPage.INSTANCE;
    }

    /** Only ever the signed-in person's own data: the route takes no id. Never stored by a cache on the way. */
    @Get("/data.json") @Json
    HttpResponse<PersonalData> download(SignedIn me) {
        PersonalData data = export.of(me.id());
        String file = "skillcurrent-data-" + LocalDate.ofInstant(data.exportedAt(), ZoneOffset.UTC) + ".json";
        return HttpResponse.ok(data)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
    }

    @Get("/delete") @Html
    DeleteAccountPage confirm(SignedIn me) {
        return DeleteAccountPage.of(deletion.preview(me.id()), new DeletionRequest(null, null), FieldErrors.NONE);
    }

    @Post("/delete") @Form
    HttpResponse<?> delete(HttpRequest<?> request, SignedIn me, @Body DeletionRequest form) {
        DeletionRequest typed = new DeletionRequest(null, form.keepCertificates()); // the password is never shown again
        return forms.handle(request, form, errors -> DeleteAccountPage.of(deletion.preview(me.id()), typed, errors), valid -> {
            try {
                deletion.delete(me.id(), valid);
            } catch (LastAdminException lastAdmin) {
                FormerMembers.Leaving leaving = new FormerMembers.Leaving(lastAdmin.organisations(), deletion.preview(me.id()).closing());
                return HttpResponse.status(HttpStatus.CONFLICT).body(DeleteAccountPage.of(leaving, typed, FieldErrors.NONE));
            }
            // every session ended with the account (on every server); this drops this browser's cookie too
            return Flash.set(logoutHandler.logout(request).status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/"))),
                    "flash.accountDeleted");
        });
    }
}
