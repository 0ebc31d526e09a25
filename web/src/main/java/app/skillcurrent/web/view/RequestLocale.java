package app.skillcurrent.web.view;

import app.skillcurrent.web.security.CurrentAccount;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page language: the signed-in person's preference, else the language they picked while signed out
 * (a cookie), else the best match in {@code Accept-Language}, else English.
 */
@Singleton
public class RequestLocale {

    public static final String COOKIE = "lang";

    private final CurrentAccount currentAccount;

    RequestLocale(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    public Locale of(HttpRequest<?> request) {
        return currentAccount.of(request).map(s -> Locale.of(s.account().locale()))
                .orElseGet(() -> signedOut(request));
    }

    /** The language without asking the database: the switcher's cookie, else {@code Accept-Language}, else English. */
    public static Locale signedOut(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(RequestLocale::supported)
                .or(() -> fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Locale.ENGLISH);
    }

    public static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }

    static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookup(ranges, Messages.SUPPORTED)).map(l -> Locale.of(l.getLanguage()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
