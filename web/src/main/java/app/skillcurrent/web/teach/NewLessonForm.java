package app.skillcurrent.web.teach;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.revision.LessonRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The title of a lesson to add, from the course page. Named {@code newLessonTitle} because the same page has the
 * course's own title field.
 */
@Serdeable
record NewLessonForm(
        @NotBlank(message = "error.required") @Size(max = LessonRules.MAX_TITLE, message = "error.tooLong.150")
        @Label("teach.lessons.newTitle") @Nullable String newLessonTitle) {
}
