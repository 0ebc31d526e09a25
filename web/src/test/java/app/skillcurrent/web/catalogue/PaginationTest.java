package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.CatalogueResults;
import app.skillcurrent.core.catalogue.CatalogueSearch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which page links the catalogue shows: worked out from the counts alone, so no courses are needed. */
class PaginationTest {

    private static final int SIZE = CatalogueSearch.PAGE_SIZE;

    private static SearchParameters search(int page) {
        return new SearchParameters("reels", null, null, "BEGINNER", null, null, null, null, page);
    }

    private static List<String> links(Pagination pagination) {
        return pagination.pages().stream().map(p -> p.gap() ? "…" : p.current() ? "[" + p.number() + "]" : String.valueOf(p.number()))
                .toList();
    }

    @Test
    void onePageOfResultsNeedsNoLinks() {
        assertThat(Pagination.of(search(1), new CatalogueResults(List.of(), SIZE, 1, SIZE))).isNull();
        assertThat(Pagination.of(search(1), new CatalogueResults(List.of(), 0, 1, SIZE))).isNull();
    }

    @Test
    void theFirstTheLastAndTwoPagesEitherSideOfTheCurrentOneWithGapsBetween() {
        Pagination middle = Pagination.of(search(5), new CatalogueResults(List.of(), 8L * SIZE + 1, 5, SIZE));
        assertThat(links(middle)).containsExactly("1", "…", "3", "4", "[5]", "6", "7", "…", "9");
        assertThat(middle.current()).isEqualTo(5);
        assertThat(middle.count()).isEqualTo(9);
        assertThat(middle.previous()).isEqualTo("/courses?q=reels&level=BEGINNER&page=4");
        assertThat(middle.next()).isEqualTo("/courses?q=reels&level=BEGINNER&page=6");
        assertThat(middle.pages().get(0).href()).as("page 1 is the search without a page").isEqualTo("/courses?q=reels&level=BEGINNER");

        Pagination first = Pagination.of(search(1), new CatalogueResults(List.of(), 8L * SIZE + 1, 1, SIZE));
        assertThat(links(first)).containsExactly("[1]", "2", "3", "…", "9");
        assertThat(first.previous()).isNull();
        Pagination last = Pagination.of(search(9), new CatalogueResults(List.of(), 8L * SIZE + 1, 9, SIZE));
        assertThat(links(last)).containsExactly("1", "…", "7", "8", "[9]");
        assertThat(last.next()).isNull();
    }

    @Test
    void beyondTheLastPagePreviousLeadsBackToTheLastOne() {
        Pagination beyond = Pagination.of(search(7), new CatalogueResults(List.of(), SIZE + 1, 7, SIZE));
        assertThat(beyond.previous()).isEqualTo("/courses?q=reels&level=BEGINNER&page=2");
        assertThat(beyond.next()).isNull();
        assertThat(links(beyond)).containsExactly("1", "2");
    }

    @Test
    void aPageNumberPastASinglePageStillLinksBackToIt() {
        Pagination past = Pagination.of(search(2), new CatalogueResults(List.of(), 3, 2, SIZE));
        assertThat(past).isNotNull();
        assertThat(past.previous()).isEqualTo("/courses?q=reels&level=BEGINNER");
        assertThat(links(past)).containsExactly("1");
    }
}
