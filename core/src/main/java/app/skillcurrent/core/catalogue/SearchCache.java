package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.authoring.CoursePublished;
import app.skillcurrent.content.freshness.TopicReviewed;
import app.skillcurrent.content.support.cache.ContentChanged;
import app.skillcurrent.content.support.cache.ExpiringCache;
import app.skillcurrent.content.topic.PlatformChangeRecorded;
import io.micronaut.cache.SyncCache;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Recent catalogue results, because most visitors ask the same few questions (the first page, a platform)
 * and the answer changes only when a course is published, a platform changes or a lesson is reviewed (cards
 * show freshness). Those on this server clear it at once; those on another server clear it once this server
 * sees them ({@code app.content-changes.poll-interval}). The named cache {@code catalogue}
 * ({@code app.caches.catalogue}) bounds how many searches are kept: a flood of distinct ones only evicts the
 * rarely asked.
 */
@Singleton
class SearchCache {

    private final ExpiringCache<CatalogueSearch, CatalogueResults> results;

    @Inject
    SearchCache(@Named("catalogue") SyncCache<?> results) {
        this(ExpiringCache.of(results));
    }

    SearchCache(ExpiringCache<CatalogueSearch, CatalogueResults> results) {
        this.results = results;
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

    /** Any of these on another server (or this one, seen once more from the database). */
    @EventListener
    void onContentChanged(ContentChanged changed) {
        results.clear();
    }
}
