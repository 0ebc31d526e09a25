package app.skillcurrent.web.teach;

import app.skillcurrent.content.topic.NewTopic;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;

import java.util.List;

/** The platform taxonomy for admins, and the form to add a platform or a feature of one. */
record TopicsPage(List<Row> topics, List<PlatformOption> platforms, NewTopic form, FieldErrors errors) implements Page {

    /** @param label "TikTok › Shop" for a feature */
    record Row(String label, String slug, boolean platform) {
    }

    /** A platform the new topic can be a feature of. */
    record PlatformOption(long id, String name, boolean selected) {
    }

    @Override
    public String view() {
        return "teach/topics";
    }
}
