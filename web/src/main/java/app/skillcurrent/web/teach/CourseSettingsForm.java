package app.skillcurrent.web.teach;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.support.validation.WholeNumber;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.annotation.InEnum;
import jakarta.validation.constraints.NotBlank;

import java.util.List;
import java.util.Set;

/**
 * The course settings form as sent: numbers and the level as text, the ids of the checked topics, and the
 * draft version the editor loaded. Its constraints say only that the text can be read; the settings' own rules
 * are {@link CourseSettings}', checked when they are saved.
 */
@Serdeable
record CourseSettingsForm(
        @Label("teach.field.title") @Nullable String title,
        @Label("teach.field.slug") @Nullable String slug,
        @Label("teach.field.summary") @Nullable String summary,
        @NotBlank(message = "error.required") @InEnum(value = Level.class, message = "error.required") @Label("teach.field.level") @Nullable String level,
        @Label("teach.field.language") @Nullable String language,
        @WholeNumber(message = "error.lesson.unknownTopic") @Label("teach.field.topics") @Nullable List<String> topics,
        @NotBlank(message = "error.number") @WholeNumber(min = Integer.MIN_VALUE, max = Integer.MAX_VALUE, message = "error.number")
        @Label("teach.field.passMark") @Nullable String examPassMark,
        @NotBlank(message = "error.number") @WholeNumber(min = Integer.MIN_VALUE, max = Integer.MAX_VALUE, message = "error.number")
        @Label("teach.field.questionCount") @Nullable String examQuestionCount,
        @NotBlank(message = "error.number") @WholeNumber(min = Integer.MIN_VALUE, max = Integer.MAX_VALUE, message = "error.number")
        @Label("teach.field.attempts") @Nullable String examAttempts,
        @NotBlank(message = "error.number") @WholeNumber(min = Integer.MIN_VALUE, max = Integer.MAX_VALUE, message = "error.number")
        @Label("teach.field.renewalWindow") @Nullable String renewalWindowDays,
        @WholeNumber(min = Integer.MIN_VALUE, max = Integer.MAX_VALUE, message = "error.number") @Label("teach.field.validMonths") @Nullable String certificateValidMonths,
        @Nullable String draftVersion) {

    /** The form filled with the course's saved settings. */
    static CourseSettingsForm of(Course course, Set<Long> topicIds) {
        return new CourseSettingsForm(course.title(), course.slug(), course.summary(), course.level().name(), course.language(),
                topicIds.stream().map(String::valueOf).toList(), String.valueOf(course.examPassMark()),
                String.valueOf(course.examQuestionCount()), String.valueOf(course.examAttempts()),
                String.valueOf(course.renewalWindowDays()),
                course.certificateValidMonths() == null ? "" : String.valueOf(course.certificateValidMonths()),
                String.valueOf(course.draftVersion()));
    }

    /** The settings a valid form gives; an empty validity means certificates do not expire. */
    CourseSettings settings() {
        return new CourseSettings(title, slug, summary == null ? "" : summary, Level.valueOf(level), language, topicIds(),
                number(examPassMark), number(examQuestionCount), number(examAttempts), number(renewalWindowDays),
                certificateValidMonths == null || certificateValidMonths.isBlank() ? null : number(certificateValidMonths));
    }

    Set<Long> topicIds() {
        return CheckedIds.of(topics);
    }

    /** The draft version the editor loaded; a missing one matches none, so the save counts as a conflict. */
    int expectedVersion() {
        return draftVersion != null && draftVersion.matches("\\d{1,9}") ? Integer.parseInt(draftVersion) : -1;
    }

    private static int number(String text) {
        return Integer.parseInt(text.strip());
    }
}
