package app.skillcurrent.content.revision;

import java.time.Instant;

/** A published, immutable version of a lesson. {@code number} counts the lesson's revisions from 1. */
public record LessonRevision(long id, long lessonId, int number, LessonContent content, Instant publishedAt) {
}
