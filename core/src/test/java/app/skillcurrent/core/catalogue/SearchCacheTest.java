package app.skillcurrent.core.catalogue;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Results are kept until a publication, a platform change or a review on this server clears them. */
class SearchCacheTest {

    private final SearchCache cache = new SearchCache(Clock.systemUTC());
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

    private CatalogueResults load(CatalogueResults results) {
        loads.incrementAndGet();
        return results;
    }

    private static CatalogueResults results(long total) {
        return new CatalogueResults(List.of(), total, 1, CatalogueSearch.PAGE_SIZE);
    }
}
