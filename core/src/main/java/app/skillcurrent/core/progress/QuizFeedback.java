package app.skillcurrent.core.progress;

import java.util.Set;

/** What the learner chose for a question and whether it was right, with the explanation to show. */
public record QuizFeedback(String questionKey, Set<String> chosen, boolean correct, Set<String> correctOptions,
                           String explanation) {
}
