package app.skillcurrent.content.freshness;

import java.time.LocalDate;

/** A lesson topic waiting for review in the instructor queue. */
public record ReviewItem(long courseId, String courseSlug, String courseTitle, long lessonId, long lessonRevisionId,
                         String lessonTitle, long topicId, LocalDate reviewedOn, LocalDate firstUnreviewedChange,
                         LocalDate latestChange) {
}
