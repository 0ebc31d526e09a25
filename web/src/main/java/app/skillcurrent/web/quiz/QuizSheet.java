package app.skillcurrent.web.quiz;

import app.skillcurrent.content.revision.QuizQuestion;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A quiz answered on one form, the final exam or a renewal quiz, as the {@code quiz-sheet} partial shows
 * it: each question with its options, and the field names {@link QuizAnswersForm} reads back.
 */
public record QuizSheet(List<Question> questions) {

    /**
     * @param index    the question's position on the form, which names its fields
     * @param multiple it has several right options, so each option is a checkbox
     */
    public record Question(int index, int number, String prompt, boolean multiple, List<Option> options) {
    }

    public record Option(String key, String text) {
    }

    public static QuizSheet of(List<QuizQuestion> questions) {
        return new QuizSheet(IntStream.range(0, questions.size()).mapToObj(i -> {
            QuizQuestion q = questions.get(i);
            return new Question(i, i + 1, q.prompt(), q.multipleCorrect(),
                    q.options().stream().map(o -> new Option(o.key(), o.text())).toList());
        }).toList());
    }
}
