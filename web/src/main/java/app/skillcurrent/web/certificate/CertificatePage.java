package app.skillcurrent.web.certificate;

import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The verification page: the certificate for everyone, the wallet and renewal links for its holder, and for
 * the course's instructors and admins the forms to change its status with the audit trail below.
 *
 * @param readerIsHolder whether the reader holds this certificate
 * @param administration null for anyone who may not administer it
 */
record CertificatePage(CertificateFacts certificate, boolean readerIsHolder, @Nullable Administration administration)
        implements Page {

    @Override
    public String view() {
        return "certificate/show";
    }

    /**
     * What an administrator sees.
     *
     * @param forms   the status changes possible now (none once revoked)
     * @param problem why the last change was refused as a whole (a conflict with the current state), or null
     */
    record Administration(List<StatusForm> forms, List<HistoryEntry> history, @Nullable String problem) {
    }

    /**
     * One status change's form, empty or as it was sent with what is wrong.
     *
     * @param action "suspend", "reinstate" or "revoke": the form's hidden field and the suffix of its ids
     * @param danger whether it cannot be undone (revoking), so it asks for confirmation
     */
    record StatusForm(String action, String title, String button, boolean danger, String reason, FieldErrors errors) {
    }

    /** One line of the audit trail, its time in UTC; {@code reason} is null where none was given. */
    record HistoryEntry(String when, String what, String who, @Nullable String reason) {
    }
}
