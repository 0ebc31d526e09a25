package app.skillcurrent.web.mail;

import app.skillcurrent.web.view.Localised;
import io.micronaut.core.annotation.Nullable;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The root of every mail's template context, as {@code Layout} is for pages: the reader's language and zone,
 * where links start, and the unsubscribe link of optional mail.
 *
 * @param baseUrl        {@code app.public-url} without a trailing slash; every link in a mail starts with it
 * @param name           the recipient's display name, empty when unknown
 * @param unsubscribeUrl the one-click link, null for transactional mail
 */
public record MailLayout(Locale locale, String lang, ZoneId zone, String baseUrl, String name,
                         @Nullable String unsubscribeUrl) implements Localised {

    public String preferencesUrl() {
        return baseUrl + "/profile/mail";
    }
}
