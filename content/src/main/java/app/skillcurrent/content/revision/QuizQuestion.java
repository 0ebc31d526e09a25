package app.skillcurrent.content.revision;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A quiz question with one or more correct options and an explanation shown after answering. The key is
 * stable across revisions of the lesson.
 */
@Serdeable
public record QuizQuestion(String key, String prompt, List<QuizOption> options, String explanation) {

    public boolean multipleCorrect() {
        return options.stream().filter(QuizOption::correct).count() > 1;
    }
}
