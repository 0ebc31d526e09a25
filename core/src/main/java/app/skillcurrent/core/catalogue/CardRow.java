package app.skillcurrent.core.catalogue;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** What a course card needs from the database: the course and its current revision. */
@Introspected
record CardRow(long courseId, String slug, long revisionId, String title, String summary, String level,
               String language, int major, int minor, Instant publishedAt, int lessonCount, int minutes) {
}
