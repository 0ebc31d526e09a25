package app.skillcurrent.web.learn;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A submitted attempt: the score against the pass mark, what is left when it failed, and per question what was
 * chosen, what was right and why.
 *
 * @param nextAttemptAt as on {@link ExamPage}
 */
record ExamResultPage(ExamCourse course, int score, boolean passed, int passMark, int attemptsLeft,
                      @Nullable String nextAttemptAt, List<Item> items) implements Page {

    @Override
    public String view() {
        return "learn/exam-result";
    }

    /**
     * @param chosen         the texts of the options chosen, empty when the question was left unanswered
     * @param correctAnswers the texts of the right options
     */
    record Item(String prompt, List<String> chosen, List<String> correctAnswers, boolean right, String explanation) {
    }
}
