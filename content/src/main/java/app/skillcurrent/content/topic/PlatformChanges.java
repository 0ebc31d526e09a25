package app.skillcurrent.content.topic;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.support.FieldRejectedException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What changed on the platforms, as instructors and admins record it. Lessons on a changed topic reviewed
 * before the change need review ({@code Freshness} listens for {@link PlatformChangeRecorded}).
 */
@Singleton
public class PlatformChanges {

    private final PlatformChangeRepository changes;
    private final Topics topics;
    private final Clock clock;
    private final ApplicationEventPublisher<PlatformChangeRecorded> events;

    PlatformChanges(PlatformChangeRepository changes, Topics topics, Clock clock,
                    ApplicationEventPublisher<PlatformChangeRecorded> events) {
        this.changes = changes;
        this.topics = topics;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records a platform change. Instructors and admins only.
     *
     * @throws FieldRejectedException when the topic does not exist ({@code topicId})
     */
    @Transactional
    public PlatformChange record(Editor editor, @Valid NewPlatformChange change) {
        if (!editor.instructor() && !editor.admin()) {
            throw new NotAllowedException();
        }
        long topicId = change.topic();
        if (topics.byId(topicId).isEmpty()) {
            throw new FieldRejectedException("topicId", "error.lesson.unknownTopic");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PlatformChange recorded = changes.save(new PlatformChange(null, topicId, change.date(), change.summary().trim(),
                change.source(), editor.accountId(), now));
        events.publishEvent(new PlatformChangeRecorded(recorded.id(), topicId));
        return recorded;
    }

    /** A page of the recorded changes, the newest first. */
    public List<PlatformChange> recent(int limit, long offset) {
        return changes.newestFirst(limit, offset);
    }
}
