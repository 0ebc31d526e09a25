package app.skillcurrent.content.authoring;

import app.skillcurrent.content.revision.Level;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.List;

/** A course's stable identity and its draft settings; published versions are course revisions. */
@MappedEntity("courses")
public record Course(@Id @GeneratedValue @Nullable Long id, String slug, String title, String summary, Level level,
                     String language, int examPassMark, int examQuestionCount, int examAttempts,
                     int renewalWindowDays, @Nullable Integer certificateValidMonths, int draftVersion,
                     @Nullable Long currentRevisionId, long createdBy, Instant createdAt, Instant updatedAt) {

    /** The languages a course can be written in, in the order pickers offer them; the forms' {@code @OneOf} name the same. */
    public static final List<String> LANGUAGES = List.of("en", "de", "da");

    public boolean isPublished() {
        return currentRevisionId != null;
    }
}
