package app.skillcurrent.web.view;

import app.skillcurrent.web.account.CurrentAccount;
import app.skillcurrent.web.security.CsrfTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;

/**
 * Adds what every page's layout needs to Map models: language, the signed-in person, the CSRF token for
 * forms, the flash message and the current path.
 */
@Singleton
public class PageModel implements ViewModelProcessor<Map<String, Object>> {

    public static final String LOCALE = "locale";

    private final RequestLocale requestLocale;
    private final CurrentAccount currentAccount;
    private final CsrfTokens csrfTokens;
    private final Messages messages;

    PageModel(RequestLocale requestLocale, CurrentAccount currentAccount, CsrfTokens csrfTokens, Messages messages) {
        this.requestLocale = requestLocale;
        this.currentAccount = currentAccount;
        this.csrfTokens = csrfTokens;
        this.messages = messages;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = modelAndView.getModel().orElse(null);
        if (model == null) {
            return;
        }
        Locale locale = requestLocale.of(request);
        model.put(LOCALE, locale);
        model.put("lang", locale.getLanguage());
        model.put("languages", Messages.SUPPORTED.stream()
                .map(l -> Map.of("code", l.getLanguage(), "name", l.getDisplayLanguage(l),
                        "selected", l.getLanguage().equals(locale.getLanguage())))
                .toList());
        currentAccount.of(request).ifPresent(signedIn -> model.put("me", Map.of(
                "displayName", signedIn.account().displayName(),
                "instructor", signedIn.isInstructor(),
                "admin", signedIn.isAdmin())));
        model.put("csrfToken", csrfTokens.tokenFor(request));
        model.put("currentPath", request.getPath());
        Flash.of(request).ifPresent(key -> model.put("flash", messages.get(locale, key)));
    }
}
