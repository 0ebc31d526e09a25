package app.skillcurrent.web.learn;

import app.skillcurrent.web.quiz.QuizAnswersForm;
import app.skillcurrent.web.quiz.QuizSheet;
import app.skillcurrent.web.view.Page;

/** An exam attempt being answered: its questions on one form. */
record ExamAttemptPage(ExamCourse course, long attemptId, int attemptNumber, int passMark, QuizSheet sheet)
        implements Page {

    @Override
    public String view() {
        return "learn/exam-attempt";
    }
}
