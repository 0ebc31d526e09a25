package app.skillcurrent.web.certificate;

import app.skillcurrent.web.quiz.QuizSheet;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

/**
 * A renewal quiz being answered: its questions on one form. When the answers could not be marked,
 * {@code refusalKey} says why and the quiz is shown again.
 *
 * @param id     the certificate's public id
 * @param target the version the certificate is renewed for
 */
record RenewalQuizPage(String id, long attemptId, String courseTitle, String target, int passMark, QuizSheet sheet,
                       @Nullable String refusalKey) implements Page {

    @Override
    public String view() {
        return "certificate/renew-quiz";
    }
}
