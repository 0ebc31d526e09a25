package app.skillcurrent.web.teach;

import app.skillcurrent.content.topic.Topics;

import java.util.Collection;
import java.util.List;

/** A topic's checkbox in the course settings and the lesson editor, labelled "TikTok › Shop" for a feature. */
record TopicChoice(long id, String label, boolean platform, boolean checked) {

    /** Every topic, platforms first then their features, with the given ones checked. */
    static List<TopicChoice> all(Topics topics, Collection<Long> checked) {
        return topics.all().stream()
                .map(t -> new TopicChoice(t.id(), topics.label(t.id()), t.isPlatform(), checked.contains(t.id())))
                .toList();
    }
}
