package app.skillcurrent.content.topic;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.support.FieldProblems;
import app.skillcurrent.content.support.FieldRejectedException;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The platform taxonomy, which admins extend. It is small and read on every catalogue and editor page, so it
 * is kept in memory and reloaded after each change.
 */
@Singleton
public class Topics {

    private final TopicRepository topics;
    private final Clock clock;
    private volatile Map<Long, Topic> byId;

    Topics(TopicRepository topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    /** All topics, platforms first then their features, each group by name. */
    public List<Topic> all() {
        Map<Long, Topic> index = index();
        return index.values().stream().sorted(Comparator
                .comparing((Topic t) -> index.getOrDefault(t.parentId() == null ? t.id() : t.parentId(), t).name())
                .thenComparing(t -> t.parentId() != null)
                .thenComparing(Topic::name)).toList();
    }

    /** The platforms (topics without a parent), by name as {@link #all()} orders them. */
    public List<Topic> platforms() {
        return all().stream().filter(Topic::isPlatform).toList();
    }

    /** The ids of all topics, to check that content names only topics that exist. */
    public Set<Long> ids() {
        return index().keySet();
    }

    public Optional<Topic> byId(long id) {
        return Optional.ofNullable(index().get(id));
    }

    public Optional<Topic> bySlug(String slug) {
        return index().values().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** "TikTok › Shop" for a feature, "TikTok" for a platform. */
    public String label(long topicId) {
        Topic topic = index().get(topicId);
        if (topic == null) {
            return "?";
        }
        Topic parent = topic.parentId() == null ? null : index().get(topic.parentId());
        return parent == null ? topic.name() : parent.name() + " › " + topic.name();
    }

    /** The platform a topic belongs to (itself, for a platform). */
    public Topic platformOf(long topicId) {
        Topic topic = index().get(topicId);
        return topic.parentId() == null ? topic : index().get(topic.parentId());
    }

    /**
     * Adds a platform (no parent) or a feature of one. Admins only.
     *
     * @throws FieldRejectedException when the short name is taken ({@code slug}) or the parent is not a
     *                                platform ({@code parentId})
     */
    public Topic create(Editor editor, @Valid NewTopic topic) {
        if (!editor.admin()) {
            throw new NotAllowedException();
        }
        FieldProblems problems = new FieldProblems();
        if (topics.existsBySlug(topic.slug())) {
            problems.add("slug", "error.topic.slugTaken");
        }
        Long parentId = topic.parentTopicId();
        if (parentId != null && byId(parentId).map(parent -> !parent.isPlatform()).orElse(true)) {
            problems.add("parentId", "error.topic.parent");
        }
        problems.throwIfAny();
        Topic created = topics.save(new Topic(null, parentId, topic.slug(), topic.name().trim(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        byId = null;
        return created;
    }

    private Map<Long, Topic> index() {
        Map<Long, Topic> current = byId;
        if (current == null) {
            Map<Long, Topic> loaded = new HashMap<>();
            topics.findAll().forEach(t -> loaded.put(t.id(), t));
            current = Collections.unmodifiableMap(loaded);
            byId = current;
        }
        return current;
    }
}
