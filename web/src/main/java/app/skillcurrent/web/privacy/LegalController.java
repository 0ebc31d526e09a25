package app.skillcurrent.web.privacy;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.web.http.Html;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Set;

/**
 * The default terms of use and privacy notice (setting {@code app.legal}): pages that say they are the
 * installation's to replace, in each language. An operator points the setting at their own texts.
 */
@Controller("/legal")
@Secured(SecurityRule.IS_ANONYMOUS)
class LegalController {

    private static final Set<String> DOCUMENTS = Set.of("terms", "privacy");

    @Get("/{document}/{language}") @Html
    LegalPage show(String document, String language) {
        if (!DOCUMENTS.contains(document) || !AccountRules.LOCALES.contains(language)) {
            throw new NotFoundException("legal text " + document + "/" + language);
        }
        return new LegalPage(document, language);
    }
}
