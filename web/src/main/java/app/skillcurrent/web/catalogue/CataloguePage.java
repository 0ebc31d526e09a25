package app.skillcurrent.web.catalogue;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The catalogue: the search form with its filter selects, the filters in force as removable chips, one page
 * of results with the links to the others, and what to say when there is nothing to show. Every label is in
 * the reader's language already, so the template only prints them.
 *
 * @param query      the search text, null without one
 * @param total      how many courses match, on all pages together
 * @param empty      why no course is shown; null when there are results
 * @param pagination null when all results fit on the page the person is on
 */
record CataloguePage(@Nullable String query, long total, List<Select> selects, List<Chip> chips,
                     List<CourseCardView> courses, @Nullable EmptyState empty, @Nullable Pagination pagination)
        implements Page {

    @Override
    public String view() {
        return "catalogue/list";
    }

    /** One select of the search form; {@code any} adds an empty first choice meaning "any". */
    record Select(String name, String label, boolean any, List<Option> options) {
    }

    /** A choice of a select, named as the person knows it: a platform, a topic, a level, a language. */
    record Option(String value, String label, boolean selected) {
    }

    /** A filter in force, and the address of the same search without it. */
    record Chip(String label, String href) {
    }

    /** The sentence shown instead of results, and the way on when there is one. */
    record EmptyState(String message, @Nullable Link link) {
    }

    record Link(String href, String label) {
    }
}
