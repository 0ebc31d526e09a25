package app.skillcurrent.web.account;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.FieldRejectedException;
import app.skillcurrent.core.account.InvalidCredentialsException;
import app.skillcurrent.core.account.SignInThrottledException;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Sign up, sign in, sign out. */
@Controller(produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController {

    static final String SIGN_UP_VIEW = "account/signup";
    static final String SIGN_IN_VIEW = "account/signin";

    private final AccountService accounts;
    private final FormErrors formErrors;
    private final RequestLocale requestLocale;
    private final HttpClientAddressResolver addressResolver;
    private final Sessions sessions;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

    AuthController(AccountService accounts, FormErrors formErrors, RequestLocale requestLocale,
                   HttpClientAddressResolver addressResolver,
                   Sessions sessions, LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.requestLocale = requestLocale;
        this.addressResolver = addressResolver;
        this.sessions = sessions;
        this.logoutHandler = logoutHandler;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/signup")
    ModelAndView<Map<String, Object>> signUpForm(HttpRequest<?> request) {
        return new ModelAndView<>(SIGN_UP_VIEW, model(null, null, requestLocale.of(request).getLanguage()));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(HttpRequest<?> request, @Body SignUpRequest form) {
        Map<String, Object> model = model(form.email(), form.displayName(), form.locale());
        Map<String, String> errors = formErrors.check(form);
        if (!errors.isEmpty()) {
            return formErrors.rerender(request, SIGN_UP_VIEW, model, errors);
        }
        try {
            Account account = accounts.signUp(form);
            return Flash.set(signedIn(account, request, URI.create("/")), "flash.welcome");
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, SIGN_UP_VIEW, model, rejected);
        }
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/signin")
    ModelAndView<Map<String, Object>> signInForm() {
        return new ModelAndView<>(SIGN_IN_VIEW, new HashMap<>());
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(value = "/signin", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", Map.of("email", form.email() == null ? "" : form.email()));
        try {
            Account account = accounts.authenticate(form.email(), form.password(), addressResolver.resolve(request));
            return signedIn(account, request, null);
        } catch (SignInThrottledException throttled) {
            model.put("formError", "error.signin.throttled");
            model.put("formErrorArg", throttled.window().toMinutes());
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(new ModelAndView<>(SIGN_IN_VIEW, model));
        } catch (InvalidCredentialsException wrong) {
            model.put("formError", "error.signin.invalid");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(SIGN_IN_VIEW, model));
        }
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(value = "/signout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        return Flash.set(logoutHandler.logout(request).status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/"))),
                "flash.signedOut");
    }

    private MutableHttpResponse<?> signedIn(Account account, HttpRequest<?> request, URI target) {
        return sessions.start(account, accounts.sessionGeneration(account.id()), request, target);
    }

    private static Map<String, Object> model(String email, String displayName, String locale) {
        Map<String, Object> form = new HashMap<>();
        form.put("email", email == null ? "" : email);
        form.put("displayName", displayName == null ? "" : displayName);
        form.put("locale", locale == null ? "en" : locale);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        return model;
    }

    @Serdeable
    record SignInForm(@Nullable String email, @Nullable String password) {
    }
}
