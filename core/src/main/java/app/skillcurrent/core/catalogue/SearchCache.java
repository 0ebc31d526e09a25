package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.authoring.CoursePublished;
import app.skillcurrent.content.freshness.TopicReviewed;
import app.skillcurrent.content.support.ExpiringCache;
import app.skillcurrent.content.topic.PlatformChangeRecorded;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Recent catalogue results, because most visitors ask the same few questions (the first page, a platform)
 * and the answer changes only when a course is published, a platform changes or a lesson is reviewed (cards
 * show freshness). Those on this server clear it at once; those on another server show here within
 * {@link #TTL}.
 */
@Singleton
class SearchCache {

    static final Duration TTL = Duration.ofSeconds(30);
    /** Enough for the common searches; a flood of distinct ones only resets it. */
    static final int MAX_ENTRIES = 2_000;

    private final ExpiringCache<CatalogueSearch, CatalogueResults> results;

    SearchCache(Clock clock) {
        this.results = new ExpiringCache<>(TTL, MAX_ENTRIES, clock);
    }

    CatalogueResults get(CatalogueSearch search, Supplier<CatalogueResults> load) {
        return results.get(search, s -> load.get());
    }

    // Cleared when a change is announced and again once its transaction commits: a search running in
    // between still reads the rows from before and would otherwise keep them.
    @EventListener
    void onPublished(CoursePublished published) {
        results.clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onPublishedCommitted(CoursePublished published) {
        results.clear();
    }

    @EventListener
    void onPlatformChange(PlatformChangeRecorded recorded) {
        results.clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onPlatformChangeCommitted(PlatformChangeRecorded recorded) {
        results.clear();
    }

    @EventListener
    void onReviewed(TopicReviewed reviewed) {
        results.clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onReviewCommitted(TopicReviewed reviewed) {
        results.clear();
    }
}
