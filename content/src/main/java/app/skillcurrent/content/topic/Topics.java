package app.skillcurrent.content.topic;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.support.FieldProblems;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The platform taxonomy (admins extend it) and the platform-change records instructors and admins enter.
 * The taxonomy is small and read on every catalogue and editor page, so it is kept in memory and reloaded
 * after each change.
 */
@Singleton
public class Topics {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final TopicRepository topics;
    private final PlatformChangeRepository changes;
    private final Clock clock;
    private final ApplicationEventPublisher<PlatformChangeRecorded> events;
    private volatile Map<Long, Topic> byId;

    Topics(TopicRepository topics, PlatformChangeRepository changes, Clock clock,
           ApplicationEventPublisher<PlatformChangeRecorded> events) {
        this.topics = topics;
        this.changes = changes;
        this.clock = clock;
        this.events = events;
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

    /** Adds a platform (no parent) or a feature of one. Admins only. */
    public Topic create(Editor editor, String slug, String name, Long parentId) {
        if (!editor.admin()) {
            throw new NotAllowedException();
        }
        FieldProblems problems = new FieldProblems();
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 80) {
            problems.add("slug", "error.topic.slug");
        } else if (topics.existsBySlug(slug)) {
            problems.add("slug", "error.topic.slugTaken");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add("name", name == null || name.isBlank() ? "error.required" : "error.tooLong.100");
        }
        if (parentId != null && (index().get(parentId) == null || index().get(parentId).parentId() != null)) {
            problems.add("parentId", "error.topic.parent");
        }
        problems.throwIfAny();
        Topic created = topics.save(new Topic(null, parentId, slug, name.trim(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        byId = null;
        return created;
    }

    /** Records a platform change. Instructors and admins only. */
    public PlatformChange recordChange(Editor editor, long topicId, LocalDate changedOn, String summary, String sourceUrl) {
        if (!editor.instructor() && !editor.admin()) {
            throw new NotAllowedException();
        }
        FieldProblems problems = new FieldProblems();
        if (index().get(topicId) == null) {
            problems.add("topicId", "error.lesson.unknownTopic");
        }
        if (changedOn == null) {
            problems.add("changedOn", "error.date");
        } else if (changedOn.isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.add("changedOn", "error.date.future");
        }
        if (summary == null || summary.isBlank()) {
            problems.add("summary", "error.required");
        } else if (summary.length() > 500) {
            problems.add("summary", "error.tooLong.500");
        }
        String source = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.trim();
        if (source != null && !isWebAddress(source)) {
            problems.add("sourceUrl", "error.url");
        }
        problems.throwIfAny();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PlatformChange recorded = changes.save(new PlatformChange(null, topicId, changedOn, summary.trim(), source, editor.accountId(), now));
        events.publishEvent(new PlatformChangeRecorded(recorded.id(), topicId));
        return recorded;
    }

    public List<PlatformChange> recentChanges(int limit, int offset) {
        return changes.newestFirst(limit, offset);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return text.length() <= 500 && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception malformed) {
            return false;
        }
    }

    private Map<Long, Topic> index() {
        Map<Long, Topic> current = byId;
        if (current == null) {
            Map<Long, Topic> loaded = new LinkedHashMap<>();
            topics.findAll().forEach(t -> loaded.put(t.id(), t));
            current = java.util.Collections.unmodifiableMap(new HashMap<>(loaded));
            byId = current;
        }
        return current;
    }
}
