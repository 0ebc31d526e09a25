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

    private Layout build(HttpRequest<?> request) {
        Locale locale = requestLocale.of(request);
        List<Layout.LanguageChoice> languages = Messages.SUPPORTED.stream()
                .map(l -> new Layout.LanguageChoice(l.getLanguage(), l.getDisplayLanguage(l), l.getLanguage().equals(locale.getLanguage())))
                .toList();
        Layout.Me me = currentAccount.of(request)
                .map(s -> new Layout.Me(s.account().displayName(), s.isInstructor(), s.isAdmin()))
                .orElse(null);
        String flash = Flash.of(request).map(key -> messages.get(locale, key)).orElse(null);
        return new Layout(locale, locale.getLanguage(), languages, me, csrfTokens.tokenFor(request), request.getPath(), flash);
    }
}
