package app.skillcurrent.content.revision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule every quiz a learner takes is marked by: lesson quizzes, the final exam, renewal quizzes. */
class QuizScoreTest {

    private static final QuizQuestion SINGLE = new QuizQuestion("q-hook", "What opens a video?",
            List.of(new QuizOption("a", "A hook", true), new QuizOption("b", "The credits", false)),
            "The first seconds decide whether people stay.");
    private static final QuizQuestion MULTIPLE = new QuizQuestion("q-captions", "Which help captions?",
            List.of(new QuizOption("a", "Short lines", true), new QuizOption("b", "Hashtags first", false),
                    new QuizOption("c", "Plain words", true)),
            "Short lines in plain words are read to the end.");

    private static QuizAnswers answers(Map<Integer, Set<String>> byQuestion) {
        return new QuizAnswers(byQuestion);
    }

    @Test
    void anAnswerIsRightOnlyWithExactlyTheCorrectOptions() {
        assertThat(SINGLE.isRightAnswer(Set.of("a"))).isTrue();
        assertThat(SINGLE.isRightAnswer(Set.of("b"))).isFalse();
        assertThat(SINGLE.isRightAnswer(Set.of("a", "b"))).as("the right option and a wrong one").isFalse();
        assertThat(MULTIPLE.isRightAnswer(Set.of("a", "c"))).isTrue();
        assertThat(MULTIPLE.isRightAnswer(Set.of("a"))).as("one of two right options").isFalse();
        assertThat(MULTIPLE.isRightAnswer(Set.of("a", "b", "c"))).as("every option").isFalse();
    }

    @Test
    void choosingNothingIsWrong() {
        assertThat(SINGLE.isRightAnswer(Set.of())).isFalse();
        assertThat(QuizScore.of(List.of(SINGLE, MULTIPLE), answers(Map.of(1, Set.of("a", "c")))))
                .as("the first question left unanswered")
                .isEqualTo(new QuizScore(2, 1));
    }

    @Test
    void theScoreIsTheShareOfRightAnswersRounded() {
        QuizQuestion third = new QuizQuestion("q-third", "Third?", SINGLE.options(), SINGLE.explanation());
        QuizScore twoOfThree = QuizScore.of(List.of(SINGLE, MULTIPLE, third),
                answers(Map.of(0, Set.of("a"), 1, Set.of("a", "c"), 2, Set.of("b"))));
        assertThat(twoOfThree.right()).isEqualTo(2);
        assertThat(twoOfThree.percent()).isEqualTo(67);
        assertThat(twoOfThree.reaches(67)).isTrue();
        assertThat(twoOfThree.reaches(68)).isFalse();
        assertThat(QuizScore.of(List.of(SINGLE), answers(Map.of(0, Set.of("a")))).percent()).isEqualTo(100);
        assertThat(QuizScore.of(List.of(SINGLE), QuizAnswers.NONE).percent()).isZero();
    }

    @Test
    void answersAreMatchedToQuestionsByPositionAndExtraOnesAreIgnored() {
        assertThat(QuizScore.of(List.of(SINGLE), answers(Map.of(0, Set.of("a"), 1, Set.of("zz"), 7, Set.of("b")))))
                .isEqualTo(new QuizScore(1, 1));
    }

    @Test
    void aQuizWithoutQuestionsHasNothingToGetWrongAndScoresFullMarks() {
        QuizScore empty = QuizScore.of(List.of(), QuizAnswers.NONE);
        assertThat(empty.questions()).isZero();
        assertThat(empty.percent()).isEqualTo(100);
        assertThat(empty.reaches(100)).isTrue();
    }

    @Test
    void anAnswerNamingAnOptionTheQuestionDoesNotHaveIsNotMarkedAtAll() {
        assertThat(SINGLE.offers(Set.of("a", "b"))).isTrue();
        assertThat(SINGLE.offers(Set.of("a", "zz"))).isFalse();
        assertThatThrownBy(() -> SINGLE.isRightAnswer(Set.of("zz")))
                .isInstanceOfSatisfying(UnknownOptionException.class, e -> {
                    assertThat(e.questionKey()).isEqualTo("q-hook");
                    assertThat(e.messageKey()).isEqualTo("error.learn.unknownOption");
                });
        assertThatThrownBy(() -> QuizScore.of(List.of(SINGLE, MULTIPLE),
                answers(Map.of(0, Set.of("a"), 1, Set.of("a", "zz")))))
                .as("even beside right answers, and even when the right options are chosen too")
                .isInstanceOf(UnknownOptionException.class)
                .hasMessageContaining("q-captions");
    }

    @Test
    void theCorrectKeysAreListedInOrder() {
        assertThat(MULTIPLE.correctKeys()).containsExactly("a", "c");
    }

    @Test
    void answersAreKeptAsGivenAndMissingOnesAreEmpty() {
        QuizAnswers given = answers(Map.of(2, Set.of("b")));
        assertThat(given.chosen(2)).containsExactly("b");
        assertThat(given.chosen(0)).isEmpty();
    }
}
