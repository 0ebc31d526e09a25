package app.skillcurrent.content.freshness;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One topic of one lesson in a course revision: when it was last reviewed and the newest platform change
 * to it (or to its platform). A lesson without topics appears once with a null topic, reviewed when it was
 * published.
 */
@Introspected
public record TopicReview(long courseRevisionId, int position, long lessonId, long lessonRevisionId, String title,
                          @Nullable Long topicId, Instant reviewedAt, @Nullable LocalDate latestChange,
                          @Nullable LocalDate firstUnreviewedChange) {

    /** A change dated after the day of the last review means the lesson may teach something no longer true. */
    public boolean needsReview() {
        return latestChange != null && latestChange.isAfter(reviewedOn());
    }

    public LocalDate reviewedOn() {
        return reviewedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
