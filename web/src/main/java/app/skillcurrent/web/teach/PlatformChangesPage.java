package app.skillcurrent.web.teach;

import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The platform changes recorded so far, a page at a time, newest first, and the form to record one.
 *
 * @param previousPage null on the first page
 * @param nextPage     null on the last page
 */
record PlatformChangesPage(NewPlatformChange form, List<TopicOption> topicChoices, List<Change> changes,
                           @Nullable Integer previousPage, @Nullable Integer nextPage, FieldErrors errors) implements Page {

    record TopicOption(long id, String label, boolean selected) {
    }

    /** @param sourceUrl where the change was announced, null when not given */
    record Change(String changedOn, String topic, String summary, @Nullable String sourceUrl) {
    }

    @Override
    public String view() {
        return "teach/platform-changes";
    }
}
