package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.revision.Level;
import io.micronaut.core.annotation.Nullable;

/**
 * What a learner asks the catalogue for. Every filter is optional ({@code null} means "any"); {@code text}
 * searches titles, summaries and topic names; {@code page} counts from 1.
 */
public record CatalogueSearch(@Nullable String text, @Nullable String platform, @Nullable String topic,
                              @Nullable Level level, @Nullable String language, @Nullable Length length,
                              @Nullable Recency recency, @Nullable Sort sort, int page) {

    public static final int MAX_TEXT = 200;
    public static final int PAGE_SIZE = 12;

    /** No filters, first page. */
    public static CatalogueSearch all() {
        return new CatalogueSearch(null, null, null, null, null, null, null, null, 1);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The order used: the requested one, else best match for a text search and newest otherwise. */
    public Sort effectiveSort() {
        if (sort == null || (sort == Sort.RELEVANCE && !hasText())) {
            return hasText() ? Sort.RELEVANCE : Sort.NEWEST;
        }
        return sort;
    }

    /** Total minutes of the current version's lessons; the bounds are inclusive. */
    public enum Length {
        SHORT(0, 89),
        MEDIUM(90, 240),
        LONG(241, Integer.MAX_VALUE);

        private final int minMinutes;
        private final int maxMinutes;

        Length(int minMinutes, int maxMinutes) {
            this.minMinutes = minMinutes;
            this.maxMinutes = maxMinutes;
        }

        public int minMinutes() {
            return minMinutes;
        }

        public int maxMinutes() {
            return maxMinutes;
        }
    }

    public enum Recency {
        /** The current version was published in the last {@link Catalogue#RECENT_DAYS} days. */
        RECENTLY_UPDATED,
        /** A platform change may have outdated a lesson: shown to instructors and admins only. */
        NEEDS_REVIEW
    }

    public enum Sort {
        RELEVANCE,
        NEWEST,
        TITLE
    }
}
