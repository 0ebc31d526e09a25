package app.skillcurrent.web.view;

import app.skillcurrent.core.account.LegalTexts;
import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.views.handlebars.HandlebarsFactory;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The Handlebars engine the views renderer uses. Templates are found once ({@link CachedTemplateLoader}) and
 * parsed once (the library's default cache keeps nothing, so every request would re-parse), and the UI
 * helpers are registered here.
 */
@Factory
public class HandlebarsSetup {

    @Singleton
    @Replaces(bean = Handlebars.class, factory = HandlebarsFactory.class)
    Handlebars handlebars(Messages messages, LegalTexts legalTexts) {
        return withHelpers(new Handlebars(new CachedTemplateLoader(new ClassPathTemplateLoader("/", ".hbs")))
                .with(new ConcurrentMapTemplateCache())
                .prettyPrint(true), messages, legalTexts);
    }

    /**
     * The engine of plain-text mail: the same templates folder and helpers, nothing escaped (a text part shows
     * {@code &} as it is; its HTML twin is rendered by the escaping engine).
     */
    public static Handlebars plainText(Messages messages, LegalTexts legalTexts) {
        return withHelpers(new Handlebars(new CachedTemplateLoader(new ClassPathTemplateLoader("/", ".hbs")))
                .with(new ConcurrentMapTemplateCache())
                .with(EscapingStrategy.NOOP), messages, legalTexts);
    }

    private static Handlebars withHelpers(Handlebars handlebars, Messages messages, LegalTexts legalTexts) {
        handlebars.registerHelper("t", translate(messages));
        handlebars.registerHelper("eq", (Helper<Object>) (a, options) -> Objects.equals(
                a == null ? null : a.toString(), options.param(0, null) == null ? null : options.param(0).toString()));
        handlebars.registerHelper("concat", (Helper<Object>) (first, options) -> {
            StringBuilder joined = new StringBuilder(String.valueOf(first));
            for (Object part : options.params) {
                joined.append(part);
            }
            return joined.toString();
        });
        handlebars.registerHelper("legalUrl", legalUrl(legalTexts));
        handlebars.registerHelper("dateTime", dateTime());
        return handlebars;
    }

    /** {@code {{legalUrl "terms"}}} or {@code "privacy"}: where the installation's text is in the page's language. */
    private static Helper<Object> legalUrl(LegalTexts legalTexts) {
        return (document, options) -> {
            String language = localeOf(options.context).getLanguage();
            return "privacy".equals(document) ? legalTexts.privacyUrl(language) : legalTexts.termsUrl(language);
        };
    }

    /** {@code {{t "key" arg0 arg1}}}: the message in the page's language, escaped unless it is a SafeString. */
    private static Helper<Object> translate(Messages messages) {
        return (key, options) -> messages.get(localeOf(options.context), String.valueOf(key), options.params);
    }

    /** {@code {{dateTime instant}}}: date and time in the reader's language and zone, the zone named. */
    private static Helper<Object> dateTime() {
        return (value, options) -> {
            if (!(value instanceof Instant instant)) {
                return "";
            }
            Localised reader = readerOf(options.context);
            Locale locale = reader == null ? Locale.ENGLISH : reader.locale();
            ZoneId zone = reader == null ? ZoneOffset.UTC : reader.zone();
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(instant.atZone(zone).toLocalDateTime()) + " (" + zone.getId() + ")";
        };
    }

    private static Locale localeOf(Context context) {
        Localised reader = readerOf(context);
        return reader == null ? Locale.ENGLISH : reader.locale();
    }

    private static Localised readerOf(Context context) {
        Context root = context;
        while (root.parent() != null) {
            root = root.parent();
        }
        return root.model() instanceof Localised localised ? localised : null;
    }
}
