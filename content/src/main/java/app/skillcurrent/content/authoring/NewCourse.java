package app.skillcurrent.content.authoring;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.support.validation.OneOf;
import app.skillcurrent.content.support.validation.Slug;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an instructor gives to start a course: its address, title and language. It is the form of the course
 * list page as well; messages are bundle keys.
 */
@Serdeable
@Introspected
public record NewCourse(
        @NotBlank(message = "error.required") @Slug(message = "error.course.slug") @Label("teach.field.slug") @Nullable String slug,
        @NotBlank(message = "error.required") @Size(max = LessonRules.MAX_TITLE, message = "error.tooLong.150") @Label("teach.field.title") @Nullable String title,
        @NotBlank(message = "error.locale.unsupported") @OneOf(value = {"en", "de", "da"}, message = "error.locale.unsupported")
        @Label("teach.field.language") @Nullable String language) {

    /** The empty form: courses are written in English unless the instructor says otherwise. */
    public static final NewCourse EMPTY = new NewCourse("", "", "en");
}
