package app.skillcurrent.content.revision;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a learner chose in a quiz answered on one form (the final exam, a renewal quiz): the option keys
 * chosen for each question, by the question's position in the quiz (0 for the first). A question without an
 * entry, or with an empty one, was left unanswered.
 */
public record QuizAnswers(Map<Integer, Set<String>> byQuestion) {

    public static final QuizAnswers NONE = new QuizAnswers(Map.of());

    public QuizAnswers {
        byQuestion = byQuestion.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** The keys chosen for the question at {@code position}; empty when it was left unanswered. */
    public Set<String> chosen(int position) {
        return byQuestion.getOrDefault(position, Set.of());
    }
}
