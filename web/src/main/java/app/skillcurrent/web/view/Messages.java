package app.skillcurrent.web.view;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** UI text from the message bundles ({@code i18n/messages*.properties}, UTF-8). */
@Singleton
public class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.of("da"));

    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Bundles never change while the server runs; looking one up per text showed up in profiles. */
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    /** The text for {@code key}, or the key itself when a bundle lacks it (a test keeps bundles complete). */
    public String get(Locale locale, String key, Object... args) {
        try {
            String pattern = bundles.computeIfAbsent(locale,
                    l -> ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK_TO_JVM_LOCALE)).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
