package app.skillcurrent.content.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Quiz questions added, removed and changed between two versions of a lesson, matched by their stable keys. */
public record QuizChanges(List<QuizQuestion> added, List<QuizQuestion> removed, List<QuizQuestion> changed) {

    public static QuizChanges between(List<QuizQuestion> before, List<QuizQuestion> after) {
        Map<String, QuizQuestion> old = new LinkedHashMap<>();
        before.forEach(q -> old.put(q.key(), q));
        List<QuizQuestion> added = new ArrayList<>();
        List<QuizQuestion> changed = new ArrayList<>();
        for (QuizQuestion question : after) {
            QuizQuestion previous = old.remove(question.key());
            if (previous == null) {
                added.add(question);
            } else if (!Objects.equals(previous, question)) {
                changed.add(question);
            }
        }
        return new QuizChanges(List.copyOf(added), List.copyOf(old.values()), List.copyOf(changed));
    }

    public boolean any() {
        return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
    }
}
