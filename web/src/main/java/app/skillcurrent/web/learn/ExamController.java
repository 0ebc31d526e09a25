package app.skillcurrent.web.learn;

import app.skillcurrent.web.quiz.QuizAnswersForm;
import app.skillcurrent.web.quiz.QuizSheet;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.ExamAttempt;
import app.skillcurrent.core.exam.ExamRefusedException;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** The final exam: overview, the attempt form, and the result with what was wrong and why. */
@Controller("/learn/{slug}/exam")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ExamController {

    private final Enrolments enrolments;
    private final Exams exams;
    private final ExamPages pages;

    ExamController(Enrolments enrolments, Exams exams, ExamPages pages) {
        this.enrolments = enrolments;
        this.exams = exams;
        this.pages = pages;
    }

    @Get @Html
    ExamPage overview(SignedIn me, @PathVariable String slug) {
        return pages.overview(me.id(), enrolments.open(me.id(), slug));
    }

    /** Starts an attempt, or continues the open one; refused (409) while the exam cannot be taken. */
    @Post @Form
    HttpResponse<?> start(SignedIn me, @PathVariable String slug) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        try {
            ExamAttempt attempt = exams.start(me.id(), course);
            return HttpResponse.seeOther(attemptUri(slug, attempt.id()));
        } catch (ExamRefusedException refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(pages.overview(me.id(), course).refused(refused.messageKey()));
        }
    }

    @Get("/{attemptId:[0-9]+}") @Html
    HttpResponse<?> attempt(SignedIn me, @PathVariable String slug, @PathVariable long attemptId) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        ExamAttempt attempt = exams.attempt(me.id(), course, attemptId);
        if (attempt.isSubmitted()) {
            return HttpResponse.seeOther(resultUri(slug, attemptId));
        }
        return HttpResponse.ok(pages.attempt(course, attempt));
    }

    /** Scores the answers once: a second submission (a double click) shows the first one's result. */
    @Post("/{attemptId:[0-9]+}") @Form
    HttpResponse<?> submit(SignedIn me, @PathVariable String slug, @PathVariable long attemptId,
                           @Body QuizAnswersForm form) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        try {
            exams.submit(me.id(), course, attemptId, form.answers());
        } catch (ExamRefusedException refused) {
            if (!"error.exam.alreadySubmitted".equals(refused.messageKey())) {
                return Forms.rejected(pages.overview(me.id(), course).refused(refused.messageKey()));
            }
        }
        return HttpResponse.seeOther(resultUri(slug, attemptId));
    }

    @Get("/{attemptId:[0-9]+}/result") @Html
    HttpResponse<?> result(SignedIn me, @PathVariable String slug, @PathVariable long attemptId) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        ExamAttempt attempt = exams.attempt(me.id(), course, attemptId);
        if (!attempt.isSubmitted()) {
            return HttpResponse.seeOther(attemptUri(slug, attemptId));
        }
        return HttpResponse.ok(pages.result(me.id(), course, attempt));
    }

    private static URI attemptUri(String slug, long attemptId) {
        return URI.create("/learn/" + slug + "/exam/" + attemptId);
    }

    private static URI resultUri(String slug, long attemptId) {
        return URI.create("/learn/" + slug + "/exam/" + attemptId + "/result");
    }
}
