package app.skillcurrent.content.revision;

import java.util.List;

/**
 * How a quiz was answered: of how many questions, how many right, and the score that makes. The final exam
 * and the renewal quiz are scored with it, and a lesson's quiz marks each answer with the same
 * {@link QuizQuestion#isRightAnswer rule}, so a learner's answer counts the same wherever they give it.
 *
 * <ul>
 *     <li>A question is right when exactly its correct options are chosen; one left unanswered is wrong.</li>
 *     <li>An answer naming an option its question does not have makes the whole quiz unmarkable
 *         ({@link UnknownOptionException}): the learner never sees such an option, so marking it wrong would
 *         cost them an attempt for a form they did not fill in, and marking it right would be a gift.</li>
 *     <li>A quiz without questions scores 100 %: there was nothing to get wrong. A renewal whose changed lessons
 *         ask nothing is renewed by reading them, as its page says; the final exam always has questions
 *         (publishing refuses a course whose lessons ask fewer than the exam draws).</li>
 * </ul>
 *
 * @param questions how many questions the quiz had
 * @param right     how many of them were answered right
 */
public record QuizScore(int questions, int right) {

    /**
     * Marks {@code answers} against {@code questions}, matched by position. Answers for positions the quiz
     * does not have are ignored.
     *
     * @throws UnknownOptionException when an answer names an option its question does not have
     */
    public static QuizScore of(List<QuizQuestion> questions, QuizAnswers answers) {
        int right = 0;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).isRightAnswer(answers.chosen(i))) {
                right++;
            }
        }
        return new QuizScore(questions.size(), right);
    }

    /** The share of right answers in whole percent, rounded half up; 100 for a quiz without questions. */
    public int percent() {
        return questions == 0 ? 100 : Math.round(100f * right / questions);
    }

    /** Whether the score reaches {@code passMark} percent. */
    public boolean reaches(int passMark) {
        return percent() >= passMark;
    }
}
