package app.skillcurrent.web.view;

import app.skillcurrent.web.security.CsrfTokens;
import app.skillcurrent.web.security.CurrentAccount;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/** Builds the {@link Layout} of a request's page, once per request. */
@Singleton
public class Layouts {

    private static final String ATTRIBUTE = Layouts.class.getName();

    private final RequestLocale requestLocale;
    private final CurrentAccount currentAccount;
    private final CsrfTokens csrfTokens;
    private final Messages messages;

    Layouts(RequestLocale requestLocale, CurrentAccount currentAccount, CsrfTokens csrfTokens, Messages messages) {
        this.requestLocale = requestLocale;
        this.currentAccount = currentAccount;
        this.csrfTokens = csrfTokens;
        this.messages = messages;
    }

    public Layout of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Layout.class).orElseGet(() -> {
            Layout layout = build(request);
            request.setAttribute(ATTRIBUTE, layout);
            return layout;
        });
    }

    /**
     * The layout when the database cannot be reached: language from the cookie or {@code Accept-Language},
     * nobody shown as signed in, so that the page explaining the outage does not wait for the database again.
     * A layout this request already built is kept.
     */
    public void withoutAccount(HttpRequest<?> request) {
        if (request.getAttribute(ATTRIBUTE, Layout.class).isPresent()) {
            return;
        }
        Locale locale = RequestLocale.signedOut(request);
        request.setAttribute(ATTRIBUTE, new Layout(locale, locale.getLanguage(), languages(locale), null,
                csrfTokens.tokenFor(request), request.getPath(), null));
    }

    private static List<Layout.LanguageChoice> languages(Locale locale) {
        return Messages.SUPPORTED.stream()
                .map(l -> new Layout.LanguageChoice(l.getLanguage(), l.getDisplayLanguage(l), l.getLanguage().equals(locale.getLanguage())))
                .toList();
    }

    private Layout build(HttpRequest<?> request) {
        Locale locale = requestLocale.of(request);
        List<Layout.LanguageChoice> languages = languages(locale);
        Layout.Me me = currentAccount.of(request)
                .map(s -> new Layout.Me(s.account().displayName(), s.isInstructor(), s.isAdmin()))
                .orElse(null);
        String flash = Flash.of(request).map(key -> messages.get(locale, key)).orElse(null);
        return new Layout(locale, locale.getLanguage(), languages, me, csrfTokens.tokenFor(request), request.getPath(), flash);
    }
}
