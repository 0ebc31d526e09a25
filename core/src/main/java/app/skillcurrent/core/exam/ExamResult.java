package app.skillcurrent.core.exam;

import app.skillcurrent.core.progress.QuizFeedback;

import java.util.List;

/** A submitted attempt: score, pass or fail, and per question what was chosen, what was right and why. */
public record ExamResult(ExamAttempt attempt, int passMark, List<Item> items) {

    public record Item(String prompt, List<String> chosenTexts, List<String> correctTexts, QuizFeedback feedback) {
    }
}
