package app.skillcurrent.web.account;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.ProfileUpdate;
import app.skillcurrent.web.error.ErrorPage;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The language switcher: remembers the choice in a cookie, and in the profile when signed in. */
@Controller("/language")
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    private final AccountService accounts;

    LanguageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Post @Form
    HttpResponse<?> choose(@Nullable SignedIn me, @Body LanguageForm form) {
        Optional<Locale> locale = RequestLocale.supported(form.lang());
        if (locale.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(ErrorPage.of(400));
        }
        String code = locale.get().getLanguage();
        if (me != null) {
            accounts.updateProfile(me.id(), new ProfileUpdate(me.account().displayName(), code));
        }
        return HttpResponse.seeOther(URI.create(safeReturnPath(form.returnTo())))
                .cookie(Cookie.of(RequestLocale.COOKIE, code).path("/").sameSite(SameSite.Lax)
                        .httpOnly(true).maxAge(Duration.ofDays(365)));
    }

    /** Only paths on this site, so the form cannot be used to send people elsewhere. */
    static String safeReturnPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.length() > 500) {
            return "/";
        }
        return returnTo;
    }

    @Serdeable
    record LanguageForm(@Nullable String lang, @Nullable String returnTo) {
    }
}
