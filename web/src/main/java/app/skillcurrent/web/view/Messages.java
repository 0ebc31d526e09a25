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
    /**
     * Parsed patterns, for the same reason: a MessageFormat builds number and date formats when it parses.
     * A MessageFormat is not thread-safe, so each is used under its own lock; formatting takes microseconds.
     */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    /** The text for {@code key}, or the key itself when a bundle lacks it (a test keeps bundles complete). */
    public String get(Locale locale, String key, Object... args) {
        try {
            String pattern = bundles.computeIfAbsent(locale,
                    l -> ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK_TO_JVM_LOCALE)).getString(key);
            if (args.length == 0) {
                return pattern;
            }
            MessageFormat format = formats.computeIfAbsent(locale.toLanguageTag() + "/" + key, k -> new MessageFormat(pattern, locale));
            synchronized (format) {
                return format.format(args);
            }
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
