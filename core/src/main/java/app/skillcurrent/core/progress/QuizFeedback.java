package app.skillcurrent.core.progress;

import app.skillcurrent.content.revision.QuizQuestion;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** What the learner chose for a question and whether it was right, with the explanation to show. */
public record QuizFeedback(String questionKey, Set<String> chosen, boolean correct, Set<String> correctOptions,
                           String explanation) {

    /**
     * The feedback on {@code chosen}, marked by {@link QuizQuestion#isRightAnswer}.
     *
     * @throws app.skillcurrent.content.revision.UnknownOptionException when a chosen key is not an option
     */
    public static QuizFeedback of(QuizQuestion question, Set<String> chosen) {
        return new QuizFeedback(question.key(), Collections.unmodifiableSet(new TreeSet<>(chosen)),
                question.isRightAnswer(chosen), question.correctKeys(), question.explanation());
    }
}
