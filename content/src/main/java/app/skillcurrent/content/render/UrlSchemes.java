package app.skillcurrent.content.render;

import java.util.Locale;
import java.util.Optional;

/**
 * Small URL checks shared by the sanitiser policy.
 *
 * <p>They run after the sanitiser's own protocol filter, so they only have to narrow an already
 * vetted value, never to recognise obfuscated schemes themselves.
 */
final class UrlSchemes {

    private UrlSchemes() {
    }

    /** The scheme in lower case, or empty for a relative URL (including {@code //host/path}). */
    static Optional<String> scheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return Optional.empty();
            }
            if (c == ':') {
                return Optional.of(url.substring(0, i).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Images may come from the web or from this site; {@code mailto:} and {@code data:} make no sense there. */
    static boolean isImageSource(String url) {
        return scheme(url).map(s -> s.equals("http") || s.equals("https")).orElse(true);
    }

    /** True for links that leave this site: absolute web URLs and protocol-relative ones. */
    static boolean isExternalWebLink(String url) {
        return url.startsWith("//") || scheme(url).map(s -> s.equals("http") || s.equals("https")).orElse(false);
    }
}
