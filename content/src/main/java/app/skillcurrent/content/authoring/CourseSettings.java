package app.skillcurrent.content.authoring;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.support.validation.OneOf;
import app.skillcurrent.content.support.validation.Slug;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * What the course editor changes. The constraints are the settings' own rules (messages are bundle keys);
 * whether the address is free and the topics exist is {@link CourseDrafts}' to check.
 */
@Introspected
public record CourseSettings(
        @NotBlank(message = "error.required") @Size(max = LessonRules.MAX_TITLE, message = "error.tooLong.150") @Label("teach.field.title") String title,
        @NotBlank(message = "error.required") @Slug(message = "error.course.slug") @Label("teach.field.slug") String slug,
        @NotNull(message = "error.required") @Size(max = 500, message = "error.tooLong.500") @Label("teach.field.summary") String summary,
        @NotNull(message = "error.required") @Label("teach.field.level") @Nullable Level level,
        @NotBlank(message = "error.locale.unsupported") @OneOf(value = {"en", "de", "da"}, message = "error.locale.unsupported")
        @Label("teach.field.language") String language,
        @Label("teach.field.topics") Set<Long> topicIds,
        @Min(value = 1, message = "error.course.passMark") @Max(value = 100, message = "error.course.passMark") @Label("teach.field.passMark") int examPassMark,
        @Min(value = 1, message = "error.course.questionCount") @Max(value = 100, message = "error.course.questionCount")
        @Label("teach.field.questionCount") int examQuestionCount,
        @Min(value = 1, message = "error.course.attempts") @Max(value = 20, message = "error.course.attempts") @Label("teach.field.attempts") int examAttempts,
        @Min(value = 7, message = "error.course.renewalWindow") @Max(value = 730, message = "error.course.renewalWindow")
        @Label("teach.field.renewalWindow") int renewalWindowDays,
        @Min(value = 1, message = "error.course.validity") @Max(value = 120, message = "error.course.validity")
        @Label("teach.field.validMonths") @Nullable Integer certificateValidMonths) {
}
