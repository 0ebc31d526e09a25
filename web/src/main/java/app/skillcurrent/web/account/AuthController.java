package app.skillcurrent.web.account;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.InvalidCredentialsException;
import app.skillcurrent.core.account.SignInClient;
import app.skillcurrent.core.account.SignedInAccount;
import app.skillcurrent.core.account.SignInThrottledException;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.security.KnownDeviceCookie;
import app.skillcurrent.web.security.Sessions;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;

/** Sign up, sign in, sign out. */
@Controller
class AuthController {

    private final AccountService accounts;
    private final Forms forms;
    private final RequestLocale requestLocale;
    private final HttpClientAddressResolver addressResolver;
    private final Sessions sessions;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final KnownDeviceCookie deviceCookie;

    AuthController(AccountService accounts, Forms forms, RequestLocale requestLocale,
                   HttpClientAddressResolver addressResolver, Sessions sessions,
                   LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler, KnownDeviceCookie deviceCookie) {
        this.accounts = accounts;
        this.forms = forms;
        this.requestLocale = requestLocale;
        this.addressResolver = addressResolver;
        this.sessions = sessions;
        this.logoutHandler = logoutHandler;
        this.deviceCookie = deviceCookie;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/signup") @Html
    SignUpPage signUpForm(HttpRequest<?> request) {
        return SignUpPage.empty(requestLocale.of(request).getLanguage());
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/signup") @Form
    HttpResponse<?> signUp(HttpRequest<?> request, @Body SignUpRequest form) {
        return forms.handle(request, form, errors -> new SignUpPage(form, errors), valid -> {
            Account account = accounts.signUp(valid);
            MutableHttpResponse<?> response = signedIn(account, request, URI.create("/"));
            deviceCookie.set(response, accounts.knownDeviceToken(account, deviceCookie.read(request)));
            return Flash.set(response, "flash.welcome");
        });
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/signin") @Html
    SignInPage signInForm() {
        return SignInPage.EMPTY;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/signin") @Form
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm form) {
        String email = form.email() == null ? "" : form.email();
        try {
            SignedInAccount signedIn = accounts.authenticate(form.email(), form.password(),
                    new SignInClient(addressResolver.resolve(request), deviceCookie.read(request)));
            MutableHttpResponse<?> response = signedIn(signedIn.account(), request, null);
            deviceCookie.set(response, signedIn.deviceToken());
            return response;
        } catch (SignInThrottledException throttled) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())))
                    .body(new SignInPage(email, "error.signin.throttled", throttled.retryAfterMinutes()));
        } catch (InvalidCredentialsException wrong) {
            return Forms.rejected(new SignInPage(email, "error.signin.invalid", null));
        }
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/signout") @Form
    HttpResponse<?> signOut(HttpRequest<?> request) {
        // the cookie is only this browser's copy: the session itself ends for every copy, on every server
        request.getUserPrincipal(Authentication.class).ifPresent(session -> accounts.endSession(
                Sessions.sessionId(session), Sessions.expiresAt(session).orElse(null)));
        return Flash.set(logoutHandler.logout(request).status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/"))),
                "flash.signedOut");
    }

    private MutableHttpResponse<?> signedIn(Account account, HttpRequest<?> request, URI target) {
        return sessions.start(account, accounts.sessionGeneration(account.id()), request, target);
    }

    @Serdeable
    record SignInForm(@Nullable String email, @Nullable String password) {
    }
}
