package app.skillcurrent.content.revision;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/**
 * The published courses as a list to search, filter, order and page through in the database, each with the
 * facts of its current revision (drafts and superseded versions never appear). Content runs these queries
 * itself because the text search needs the FULLTEXT index of its course_revisions table (ADR 0011).
 */
@Singleton
public class PublishedCourses {

    /**
     * What to list; every {@code null} means "any". {@code text} matches title and summary (full text) and,
     * as a substring, the names of the course's topics and their platforms.
     *
     * @param platformId     courses about this platform or one of its features
     * @param topicId        courses about exactly this topic
     * @param minMinutes     inclusive bounds of the current version's total lesson minutes
     * @param publishedSince the current version was published at or after this instant
     * @param needsReview    only courses with a lesson a platform change may have outdated
     */
    public record Filter(@Nullable String text, @Nullable Long platformId, @Nullable Long topicId,
                         @Nullable Level level, @Nullable String language, int minMinutes, int maxMinutes,
                         @Nullable Instant publishedSince, boolean needsReview) {
    }

    public enum Order {
        /** Best full-text match first (without a text: newest first), then newest. */
        RELEVANCE,
        /** Most recently published current version first. */
        NEWEST,
        TITLE
    }

    private final ListingQueries queries;

    PublishedCourses(ListingQueries queries) {
        this.queries = queries;
    }

    /** How many published courses match. */
    public long count(Filter filter) {
        Neutral f = new Neutral(filter);
        return queries.count(f.text, f.pattern, f.platformId, f.topicId, f.level, f.language, f.minMinutes,
                f.maxMinutes, f.since, filter.needsReview());
    }

    /** One page of the matching published courses in this order; past the last one, an empty list. */
    public List<CourseListing> page(Filter filter, Order order, int pageSize, long skip) {
        Neutral f = new Neutral(filter);
        return switch (order) {
            case RELEVANCE -> queries.byRelevance(f.text, f.pattern, f.platformId, f.topicId, f.level, f.language,
                    f.minMinutes, f.maxMinutes, f.since, filter.needsReview(), pageSize, skip);
            case NEWEST -> queries.newestFirst(f.text, f.pattern, f.platformId, f.topicId, f.level, f.language,
                    f.minMinutes, f.maxMinutes, f.since, filter.needsReview(), pageSize, skip);
            case TITLE -> queries.byTitle(f.text, f.pattern, f.platformId, f.topicId, f.level, f.language,
                    f.minMinutes, f.maxMinutes, f.since, filter.needsReview(), pageSize, skip);
        };
    }

    /** Every published course, by title. */
    public List<CourseListing> allByTitle() {
        return queries.allByTitle();
    }

    /** LIKE treats % and _ as wildcards; a search for "50%" must look for those characters themselves. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A filter as the queries take it: "any" as a value that matches everything, never NULL. */
    private static final class Neutral {
        final String text;
        final String pattern;
        final long platformId;
        final long topicId;
        final String level;
        final String language;
        final int minMinutes;
        final int maxMinutes;
        final Instant since;

        Neutral(Filter filter) {
            text = filter.text() == null ? "" : filter.text().strip();
            pattern = "%" + escapeLike(text) + "%";
            platformId = filter.platformId() == null ? 0 : filter.platformId();
            topicId = filter.topicId() == null ? 0 : filter.topicId();
            level = filter.level() == null ? "" : filter.level().name();
            language = filter.language() == null ? "" : filter.language();
            minMinutes = filter.minMinutes();
            maxMinutes = filter.maxMinutes();
            since = filter.publishedSince() == null ? Instant.EPOCH : filter.publishedSince();
        }
    }
}
