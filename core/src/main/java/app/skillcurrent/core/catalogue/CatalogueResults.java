package app.skillcurrent.core.catalogue;

import java.util.List;

/** One page of catalogue results and how many courses matched in all. */
public record CatalogueResults(List<CourseCard> courses, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** A page number past the last page: nothing to show although courses matched. */
    public boolean pastLastPage() {
        return courses.isEmpty() && total > 0;
    }
}
