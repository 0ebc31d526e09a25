package app.skillcurrent.web.view;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/** The root of a template context that knows its reader's language: a page's layout, or a mail's. */
public interface Localised {

    Locale locale();

    /** Where times are shown; pages show UTC, mails their recipient's zone. */
    default ZoneId zone() {
        return ZoneOffset.UTC;
    }
}
