package app.skillcurrent.web.learn;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

/**
 * The final exam's overview: its rules, where the learner stands with it, and the way in (start, continue, or
 * first the lessons). When starting or submitting was refused, {@code refusalKey} says why.
 *
 * @param openAttempt   the attempt started and not yet submitted, null for none
 * @param nextAttemptAt when the cooldown after the last attempt ends, as shown ("2026-05-01 14:30 UTC"), null
 *                      when nothing holds the next attempt back
 * @param refusalKey    the message key of why starting or submitting was refused, null otherwise
 */
record ExamPage(ExamCourse course, boolean lessonsComplete, int attemptsAllowed, int attemptsLeft, boolean passed,
                @Nullable Integer bestScore, int questionCount, int passMark, boolean canStart,
                @Nullable Long openAttempt, @Nullable String nextAttemptAt, @Nullable String refusalKey) implements Page {

    @Override
    public String view() {
        return "learn/exam";
    }

    ExamPage refused(String messageKey) {
        return new ExamPage(course, lessonsComplete, attemptsAllowed, attemptsLeft, passed, bestScore, questionCount,
                passMark, canStart, openAttempt, nextAttemptAt, messageKey);
    }
}
