package app.skillcurrent.content.change;

import app.skillcurrent.content.support.cache.ContentChanged;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ScheduledFuture;

/**
 * Looks every {@code app.content-changes.poll-interval} whether the count of content changes has moved, and
 * announces {@link ContentChanged} when it has, whichever server made the change: caches of what is derived from
 * published content clear on it. The first look always announces, because what was kept before it may already be
 * out of date. While the database cannot be read nothing is announced; the first look after it is back catches up.
 */
@Context
class ChangeWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    private static final long NOT_YET_SEEN = -1;

    private final ChangeCounter counter;
    private final ApplicationEventPublisher<ContentChanged> events;
    private final ScheduledFuture<?> looking;
    private volatile long seen = NOT_YET_SEEN;
    private volatile boolean failing;

    ChangeWatcher(ChangeCounter counter, ApplicationEventPublisher<ContentChanged> events,
                  @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, ChangeWatchSettings settings) {
        this.counter = counter;
        this.events = events;
        this.looking = scheduler.scheduleWithFixedDelay(settings.pollInterval(), settings.pollInterval(), this::look);
    }

    /** One look; runs on the scheduler, and directly in tests. */
    void look() {
        long changes;
        try {
            changes = counter.changes();
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("Cannot read the count of content changes; changes made on other servers will show here once the database answers again: {}",
                        e.getMessage());
            }
            return;
        }
        if (failing) {
            failing = false;
            LOG.info("The count of content changes can be read again");
        }
        if (changes != seen) {
            seen = changes;
            events.publishEvent(new ContentChanged(changes));
        }
    }

    @PreDestroy
    void stop() {
        looking.cancel(false);
    }
}
