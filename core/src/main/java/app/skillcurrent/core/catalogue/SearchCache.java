package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.authoring.CoursePublished;
import app.skillcurrent.content.topic.PlatformChangeRecorded;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Recent catalogue results, because most visitors ask the same few questions (the first page, a platform)
 * and the answer changes only when a course is published or a platform changes. Publications and platform
 * changes on this server clear it at once; those on another server show here within {@link #TTL}. A search
 * that was already running when the cache was cleared may have read the rows from before, so its results are
 * returned but not kept.
 */
@Singleton
class SearchCache {

    static final Duration TTL = Duration.ofSeconds(30);
    /** Enough for the common searches; a flood of distinct ones only resets it, it never grows unbounded. */
    static final int MAX_ENTRIES = 2_000;

    private record Entry(CatalogueResults results, Instant loadedAt) {
    }

    private final Map<CatalogueSearch, Entry> entries = new ConcurrentHashMap<>();
    /** Counts the clears, so a load can tell whether one happened while it ran. */
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    SearchCache(Clock clock) {
        this.clock = clock;
    }

    CatalogueResults get(CatalogueSearch search, Supplier<CatalogueResults> load) {
        Instant now = clock.instant();
        Entry cached = entries.get(search);
        if (cached != null && Duration.between(cached.loadedAt(), now).compareTo(TTL) < 0) {
            return cached.results();
        }
        long loadedIn = generation.get();
        CatalogueResults results = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(search, new Entry(results, now));
        if (generation.get() != loadedIn) {
            // cleared while loading: what was just put may be from before, and the clear may have missed it
            entries.remove(search);
        }
        return results;
    }

    private void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    // Cleared when the event is published and again once its transaction commits: a search running in
    // between still reads the old rows and would otherwise keep them cached for a whole TTL.
    @EventListener
    void onPublished(CoursePublished published) {
        clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onPublishedCommitted(CoursePublished published) {
        clear();
    }

    @EventListener
    void onPlatformChange(PlatformChangeRecorded recorded) {
        clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onPlatformChangeCommitted(PlatformChangeRecorded recorded) {
        clear();
    }
}
