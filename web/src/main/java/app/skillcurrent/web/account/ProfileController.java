package app.skillcurrent.web.account;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.FieldRejectedException;
import app.skillcurrent.core.account.PasswordChange;
import app.skillcurrent.core.account.ProfileUpdate;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** One's own profile: display name, language, password, and signing out of other devices. */
@Controller(value = "/profile", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProfileController {

    static final String VIEW = "account/profile";

    private final AccountService accounts;
    private final CurrentAccount currentAccount;
    private final FormErrors formErrors;
    private final Sessions sessions;

    ProfileController(AccountService accounts, CurrentAccount currentAccount, FormErrors formErrors, Sessions sessions) {
        this.accounts = accounts;
        this.currentAccount = currentAccount;
        this.formErrors = formErrors;
        this.sessions = sessions;
    }

    @Get
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        SignedIn me = currentAccount.require(request);
        return new ModelAndView<>(VIEW, model(me, me.account().displayName(), me.account().locale()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @Body ProfileUpdate form) {
        SignedIn me = currentAccount.require(request);
        Map<String, String> errors = formErrors.check(form);
        if (!errors.isEmpty()) {
            return formErrors.rerender(request, VIEW, model(me, form.displayName(), form.locale()), errors);
        }
        accounts.updateProfile(me.id(), form);
        return Flash.set(HttpResponse.seeOther(URI.create("/profile")), "flash.profileSaved");
    }

    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(HttpRequest<?> request, @Body PasswordChange form) {
        SignedIn me = currentAccount.require(request);
        Map<String, Object> model = model(me, me.account().displayName(), me.account().locale());
        Map<String, String> errors = formErrors.check(form);
        if (!errors.isEmpty()) {
            return formErrors.rerender(request, VIEW, model, errors);
        }
        int generation;
        try {
            generation = accounts.changePassword(me.id(), form);
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, VIEW, model, rejected);
        }
        // every other session has ended with the old password; this one goes on with a new cookie
        return Flash.set(sessions.start(me.account(), generation, request, URI.create("/profile")), "flash.passwordChanged");
    }

    /** Signs out every other browser and device; this one stays signed in with a new cookie. */
    @Post(value = "/sessions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> endOtherSessions(HttpRequest<?> request) {
        SignedIn me = currentAccount.require(request);
        int generation = accounts.endSessions(me.id());
        return Flash.set(sessions.start(me.account(), generation, request, URI.create("/profile")), "flash.otherSessionsEnded");
    }

    private static Map<String, Object> model(SignedIn me, String displayName, String locale) {
        Map<String, Object> form = new HashMap<>();
        form.put("displayName", displayName == null ? "" : displayName);
        form.put("locale", locale == null ? "" : locale);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("email", me.account().email());
        return model;
    }
}
