package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.CatalogueResults;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's page links: previous and next, the first and the last page, and a few pages on either side
 * of the current one, with a gap where pages are left out. Each link keeps the search and its filters.
 *
 * @param previous null on the first page
 * @param next     null on the last page (and beyond it)
 */
record Pagination(int current, int count, @Nullable String previous, @Nullable String next, List<PageLink> pages) {

    /** Page links shown on either side of the current page, besides the first and the last. */
    private static final int WINDOW = 2;

    /** A link to one page, or a gap ("…") standing for the pages left out. */
    record PageLink(boolean gap, int number, @Nullable String href, boolean current) {
        static final PageLink GAP = new PageLink(true, 0, null, false);
    }

    /** The links for this search, or null when there is one page and the person is on it. */
    static @Nullable Pagination of(SearchParameters search, CatalogueResults results) {
        int count = results.pageCount();
        int current = search.page();
        if (count <= 1 && current <= 1) {
            return null;
        }
        // beyond the last page "previous" leads back to the last one
        String previous = current > 1 ? search.atPage(Math.min(current - 1, count)).href() : null;
        String next = current < count ? search.atPage(current + 1).href() : null;
        List<PageLink> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - current) <= WINDOW) {
                if (n > last + 1) {
                    pages.add(PageLink.GAP);
                }
                pages.add(new PageLink(false, n, search.atPage(n).href(), n == current));
                last = n;
            }
        }
        return new Pagination(current, count, previous, next, List.copyOf(pages));
    }
}
