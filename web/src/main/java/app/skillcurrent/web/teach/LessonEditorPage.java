package app.skillcurrent.web.teach;

import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

/**
 * The lesson editor: the draft (or what was sent), optionally rendered as learners will see it, or beside the
 * newer draft someone else saved meanwhile.
 *
 * @param draftVersion the version the form sends back: the one loaded, or the newer one after a conflict
 * @param maxBodyKb    the largest lesson text, for the hint
 */
record LessonEditorPage(CourseRef course, long lessonId, int draftVersion, LessonFields lesson, long maxBodyKb,
                        @Nullable Preview preview, @Nullable Conflict conflict, FieldErrors errors) implements Page {

    /** @param html sanitised by the Markdown renderer */
    record Preview(String html) {
    }

    /** The draft as the other editor saved it. */
    record Conflict(String title, String body, String updatedAt) {
    }

    @Override
    public String view() {
        return "teach/lesson";
    }
}
