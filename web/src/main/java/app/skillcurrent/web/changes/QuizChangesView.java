package app.skillcurrent.web.changes;

import app.skillcurrent.content.revision.QuizChanges;
import app.skillcurrent.content.revision.QuizQuestion;

import java.util.List;

/** Quiz questions added, removed and changed, by their prompts. */
public record QuizChangesView(boolean any, List<String> added, List<String> removed, List<String> changed) {

    public static QuizChangesView of(QuizChanges changes) {
        return new QuizChangesView(changes.any(), prompts(changes.added()), prompts(changes.removed()), prompts(changes.changed()));
    }

    private static List<String> prompts(List<QuizQuestion> questions) {
        return questions.stream().map(QuizQuestion::prompt).toList();
    }
}
