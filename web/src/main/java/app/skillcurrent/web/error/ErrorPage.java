package app.skillcurrent.web.error;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

/**
 * The error page: the status, a title and a message (bundle keys), and optionally a button back to where the
 * person came from.
 */
public record ErrorPage(int status, String titleKey, String messageKey, @Nullable String backUrl) implements Page {

    @Override
    public String view() {
        return "errors/error";
    }

    /** The general page for a status: its own texts for the common ones, "bad request" or "server error" else. */
    public static ErrorPage of(int status) {
        String kind = switch (status) {
            case 400, 403, 404, 405, 413, 429, 503 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
        return new ErrorPage(status, "error." + kind + ".title", "error." + kind + ".message", null);
    }

    /** A refusal a feature explains itself (a conflict, a used invitation). */
    public static ErrorPage explained(int status, String titleKey, String messageKey, @Nullable String backUrl) {
        return new ErrorPage(status, titleKey, messageKey, backUrl);
    }
}
