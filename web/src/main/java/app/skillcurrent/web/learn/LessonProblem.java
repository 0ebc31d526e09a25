package app.skillcurrent.web.learn;

import app.skillcurrent.web.view.FieldErrors;
import io.micronaut.core.annotation.Nullable;

import java.util.stream.Collectors;

/**
 * Why a change on the lesson page was refused, and where the page says so. Each of the page's forms changes one
 * thing, so all that is wrong with it is said in one place: on its task, on its question, or beside the
 * complete button.
 */
sealed interface LessonProblem {

    String message();

    /** @param typed the reflection as sent, shown again instead of the saved one */
    record OnTask(int index, @Nullable String typed, String message) implements LessonProblem {
    }

    record OnQuestion(String key, String message) implements LessonProblem {
    }

    record OnComplete(String message) implements LessonProblem {
    }

    static LessonProblem onTask(int index, TaskForm sent, FieldErrors errors) {
        return new OnTask(index, sent.reflection(), message(errors));
    }

    static LessonProblem onQuestion(String key, FieldErrors errors) {
        return new OnQuestion(key, message(errors));
    }

    static LessonProblem onComplete(FieldErrors errors) {
        return new OnComplete(message(errors));
    }

    private static String message(FieldErrors errors) {
        return errors.all().stream().map(FieldErrors.Problem::message).collect(Collectors.joining(" "));
    }
}
