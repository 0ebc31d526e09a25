package app.skillcurrent.bench;

import java.time.LocalDateTime;

/** What the generator made for one course; lesson ids are consecutive, and so are their revision ids. */
record GeneratedCourse(long id, String slug, long revisionId, long firstLessonId, long firstLessonRevisionId,
                       int lessonCount, LocalDateTime publishedAt) {
}
