package app.skillcurrent.web.teach;

import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.support.Label;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The publish form: how big the change is and the note learners read. It has no constraints of its own: the
 * note is checked by {@code Publishing} together with the draft's lessons, so one answer lists every reason
 * the draft cannot be published yet.
 */
@Serdeable
record PublishForm(@Label("teach.severity") @Nullable String severity, @Label("teach.changeNote") @Nullable String changeNote) {

    static final PublishForm EMPTY = new PublishForm("", "");

    /** The chosen severity; none for the first version, which needs none. */
    @Nullable
    Severity chosenSeverity() {
        return "MAJOR".equals(severity) ? Severity.MAJOR : "MINOR".equals(severity) ? Severity.MINOR : null;
    }
}
