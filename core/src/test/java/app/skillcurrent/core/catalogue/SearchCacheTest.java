package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.support.cache.ExpiringCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Results are kept until a publication, a platform change or a review on this server clears them: once when
 * the change is announced and again when it commits.
 */
class SearchCacheTest {

    private final SearchCache cache = new SearchCache(new ExpiringCache<>(Caffeine.newBuilder().maximumSize(10).build()));
    private final CatalogueSearch search = CatalogueSearch.all();
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void keepsResultsUntilAPublicationCommits() {
        CatalogueResults before = results(1);
        assertSame(before, cache.get(search, () -> load(before)));
        assertSame(before, cache.get(search, () -> load(results(2))), "kept");
        assertEquals(1, loads.get());

        cache.onPublishedCommitted(null);
        CatalogueResults after = results(3);
        assertSame(after, cache.get(search, () -> load(after)), "read again after the clear");
        assertEquals(2, loads.get());
    }

    @Test
    void aPlatformChangeClearsToo() {
        CatalogueResults before = results(1);
        cache.get(search, () -> load(before));
        cache.onPlatformChangeCommitted(null);
        CatalogueResults after = results(2);
        assertSame(after, cache.get(search, () -> load(after)));
    }

    @Test
    void aReviewClearsTooBecauseCardsShowFreshness() {
        CatalogueResults before = results(1);
        cache.get(search, () -> load(before));
        cache.onReviewCommitted(null);
        CatalogueResults after = results(2);
        assertSame(after, cache.get(search, () -> load(after)));
    }

    @Test
    void eachChangeClearsWhenAnnouncedAsWell() {
        for (Runnable announce : List.<Runnable>of(() -> cache.onPublished(null), () -> cache.onPlatformChange(null),
                () -> cache.onReviewed(null))) {
            cache.get(search, () -> load(results(1)));
            announce.run();
            CatalogueResults after = results(2);
            assertSame(after, cache.get(search, () -> load(after)));
        }
    }

    @Test
    void resultsReadWhileAPublicationCommittedAreNotKept() {
        // the search read its rows, then the publication committed and cleared, then the search stored them
        CatalogueResults stale = results(1);
        assertSame(stale, cache.get(search, () -> {
            cache.onPublishedCommitted(null);
            return load(stale);
        }), "the searcher still gets an answer");
        CatalogueResults fresh = results(2);
        assertSame(fresh, cache.get(search, () -> load(fresh)), "the next searcher reads the published course");
    }

    private CatalogueResults load(CatalogueResults results) {
        loads.incrementAndGet();
        return results;
    }

    private static CatalogueResults results(long total) {
        return new CatalogueResults(List.of(), total, 1, CatalogueSearch.PAGE_SIZE);
    }
}
