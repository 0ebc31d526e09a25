package app.skillcurrent.content.revision;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A quiz question with one or more correct options and an explanation shown after answering. The key is
 * stable across revisions of the lesson.
 */
@Serdeable
public record QuizQuestion(String key, String prompt, List<QuizOption> options, String explanation) {

    public boolean multipleCorrect() {
        return options.stream().filter(QuizOption::correct).count() > 1;
    }

    /** The keys of the correct options, sorted. */
    public Set<String> correctKeys() {
        TreeSet<String> keys = options.stream().filter(QuizOption::correct).map(QuizOption::key)
                .collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSortedSet(keys);
    }

    /** Whether every one of {@code chosen} is the key of one of this question's options. */
    public boolean offers(Set<String> chosen) {
        return options.stream().map(QuizOption::key).collect(Collectors.toSet()).containsAll(chosen);
    }

    /**
     * The rule every quiz a learner takes is marked by (a lesson's quiz, the final exam, a renewal quiz): an
     * answer is right when it chooses exactly the correct options, all of them and no other. Choosing nothing
     * is therefore wrong, as is choosing one right option of several.
     *
     * @throws UnknownOptionException when a chosen key is none of this question's options: such an answer is
     *                                neither right nor wrong, it cannot be marked at all
     */
    public boolean isRightAnswer(Set<String> chosen) {
        if (!offers(chosen)) {
            throw new UnknownOptionException(key);
        }
        return correctKeys().equals(chosen);
    }
}
