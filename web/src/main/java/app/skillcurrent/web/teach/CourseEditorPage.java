package app.skillcurrent.web.teach;

import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A course's page for its instructors: the lessons of the draft in order, publishing, and the settings. Each
 * of its forms comes back here with what was sent when it is wrong.
 *
 * @param published        the current version, null for a course never published
 * @param settingsConflict someone else saved the settings since this editor loaded them
 */
record CourseEditorPage(Header course, @Nullable Published published, List<LessonRow> lessons, String newLessonTitle,
                        PublishForm publish, CourseSettingsForm form, List<TopicChoice> topicChoices, List<String> levels,
                        List<String> contentLanguages, boolean settingsConflict, FieldErrors errors) implements Page {

    /** @param draftVersion the settings' version, which the settings form sends back */
    record Header(String slug, String title, int draftVersion) {
    }

    /** The version learners see, the numbers the next one would get, and lessons waiting for review. */
    record Published(String version, String nextMinor, String nextMajor, long lessonsNeedingReview) {
    }

    /** @param isNew not in the published version yet */
    record LessonRow(long id, String title, int minutes, boolean first, boolean last, boolean isNew) {
    }

    @Override
    public String view() {
        return "teach/course";
    }
}
