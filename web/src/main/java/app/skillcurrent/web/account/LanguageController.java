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
import java.nio.charset.StandardCharsets;
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

    /**
     * Only paths on this site, so the form cannot be used to send people elsewhere; a character a URI may not
     * hold (a space, a tab, CR/LF, {@code <}, a letter outside ASCII, a {@code %} that starts no escape) is
     * percent-encoded, so the answer's Location is always a valid header and a browser cannot read it as
     * another address (browsers drop raw tabs and line breaks from addresses: {@code /<tab>/elsewhere}
     * would become {@code //elsewhere}).
     */
    static String safeReturnPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.length() > 500) {
            return "/";
        }
        StringBuilder path = new StringBuilder(returnTo.length());
        for (int i = 0; i < returnTo.length(); ) {
            int c = returnTo.codePointAt(i);
            boolean escape = c == '%' && i + 2 < returnTo.length() && isHex(returnTo.charAt(i + 1)) && isHex(returnTo.charAt(i + 2));
            if (escape || (c < 0x80 && URI_CHARACTERS.indexOf(c) >= 0)) {
                path.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    path.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
            }
            i += Character.charCount(c);
        }
        return path.toString();
    }

    /** What RFC 3986 allows in a path and query unencoded (no fragment: it never reaches the server). */
    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    @Serdeable
    record LanguageForm(@Nullable String lang, @Nullable String returnTo) {
    }
}
