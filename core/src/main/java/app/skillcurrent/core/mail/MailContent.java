package app.skillcurrent.core.mail;

import java.util.List;

/**
 * What one mail says, as a record of the facts its template shows (a course title, a link path, a deadline). The
 * web module renders it into a subject, an HTML and a text part ({@link MailComposer}); the kind names the
 * templates, {@code mail/<kind>.hbs} and {@code mail/<kind>.text.hbs}, and the subject's message key,
 * {@code mail.<kind>.subject}.
 */
public interface MailContent {

    /** Lower-case words joined by dashes, for example {@code password-reset}. */
    String kind();

    MailCategory category();

    /** The arguments of the subject's message, in order. */
    default List<Object> subjectArguments() {
        return List.of();
    }
}
