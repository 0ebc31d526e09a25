package app.skillcurrent.web.account;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.PasswordChange;
import app.skillcurrent.core.account.ProfileUpdate;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.security.Sessions;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** One's own profile: display name, language, password, and signing out of other devices. */
@Controller("/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProfileController {

    private final AccountService accounts;
    private final Forms forms;
    private final Sessions sessions;

    ProfileController(AccountService accounts, Forms forms, Sessions sessions) {
        this.accounts = accounts;
        this.forms = forms;
        this.sessions = sessions;
    }

    @Get @Html
    ProfilePage show(SignedIn me) {
        return ProfilePage.of(me, FieldErrors.NONE);
    }

    @Post @Form
    HttpResponse<?> update(HttpRequest<?> request, SignedIn me, @Body ProfileUpdate form) {
        return forms.handle(request, form, errors -> new ProfilePage(me.account().email(), form, errors), valid -> {
            accounts.updateProfile(me.id(), valid);
            return Flash.set(HttpResponse.seeOther(URI.create("/profile")), "flash.profileSaved");
        });
    }

    @Post("/password") @Form
    HttpResponse<?> changePassword(HttpRequest<?> request, SignedIn me, @Body PasswordChange form) {
        return forms.handle(request, form, errors -> ProfilePage.of(me, errors), valid -> {
            int generation = accounts.changePassword(me.id(), valid);
            // every other session has ended with the old password; this one goes on with a new cookie
            return Flash.set(sessions.start(me.account(), generation, request, URI.create("/profile")), "flash.passwordChanged");
        });
    }

    /** Signs out every other browser and device; this one stays signed in with a new cookie. */
    @Post("/sessions") @Form
    HttpResponse<?> endOtherSessions(HttpRequest<?> request, SignedIn me) {
        int generation = accounts.endSessions(me.id());
        return Flash.set(sessions.start(me.account(), generation, request, URI.create("/profile")), "flash.otherSessionsEnded");
    }
}
