package app.skillcurrent.web.view;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.ProfileUpdate;
import app.skillcurrent.web.account.CurrentAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The language switcher: remembers the choice in a cookie, and in the profile when signed in. */
@Controller(value = "/language", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LanguageController {

    private final CurrentAccount currentAccount;
    private final AccountService accounts;

    LanguageController(CurrentAccount currentAccount, AccountService accounts) {
        this.currentAccount = currentAccount;
        this.accounts = accounts;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> choose(HttpRequest<?> request, @Body LanguageForm form) {
        Optional<Locale> locale = RequestLocale.supported(form.lang());
        if (locale.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(app.skillcurrent.web.error.ErrorPages.page(400));
        }
        String code = locale.get().getLanguage();
        currentAccount.of(request).ifPresent(me ->
                accounts.updateProfile(me.id(), new ProfileUpdate(me.account().displayName(), code)));
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
