package app.skillcurrent.web.view;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * What the layout of every page shows besides the page itself. It is the root of the template context, so a
 * template reads {@code csrfToken} or {@code me.displayName} from anywhere, also inside loops.
 *
 * @param me          the signed-in person, null for visitors
 * @param currentPath the request path, where the language switcher returns to
 * @param flash       the translated one-time message from the previous request, or null
 */
public record Layout(Locale locale, String lang, List<LanguageChoice> languages, @Nullable Me me, String csrfToken,
                     String currentPath, @Nullable String flash) implements Localised {

    /** Names the layout owns; a page record with a component of the same name would hide it. */
    public static final List<String> NAMES = List.of("locale", "lang", "languages", "me", "csrfToken", "currentPath", "flash");

    /** One entry of the language switcher, named in its own language. */
    public record LanguageChoice(String code, String name, boolean selected) {
    }

    /** The signed-in person as the header shows them. */
    public record Me(String displayName, boolean instructor, boolean admin) {
    }
}
