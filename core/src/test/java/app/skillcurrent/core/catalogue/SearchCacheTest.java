package app.skillcurrent.core.catalogue;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Results are kept until a publication clears them, and never when a clear happened while they were read. */
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
    void resultsReadWhileAPublicationCommitsAreNotKept() {
        CatalogueResults readBeforeTheCommit = results(1);
        // the publication commits (and clears) after this search read its rows but before it stored them
        CatalogueResults returned = cache.get(search, () -> {
            CatalogueResults rows = load(readBeforeTheCommit);
            cache.onPublishedCommitted(null);
            return rows;
        });
        assertSame(readBeforeTheCommit, returned, "the search itself still gets an answer");

        CatalogueResults current = results(2);
        assertSame(current, cache.get(search, () -> load(current)), "the next search reads the published rows");
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

    private CatalogueResults load(CatalogueResults results) {
        loads.incrementAndGet();
        return results;
    }

    private static CatalogueResults results(long total) {
        return new CatalogueResults(List.of(), total, 1, CatalogueSearch.PAGE_SIZE);
    }
}
