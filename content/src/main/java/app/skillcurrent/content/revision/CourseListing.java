package app.skillcurrent.content.revision;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/**
 * A published course as a list shows it: the course and the facts of its current revision. It is also the
 * row shape of the views {@code published_courses} joined with {@code course_versions} (V9__content_views.sql),
 * so another module's query over those views can read straight into it.
 */
@Introspected
public record CourseListing(long courseId, String slug, long revisionId, String title, String summary, Level level,
                            String language, int major, int minor, Instant publishedAt, int lessonCount,
                            int minutes) {

    public Version version() {
        return new Version(major, minor);
    }
}
