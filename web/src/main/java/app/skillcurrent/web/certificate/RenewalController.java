package app.skillcurrent.web.certificate;

import app.skillcurrent.content.render.MarkdownRenderer;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.UnknownOptionException;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.RenewalAttempt;
import app.skillcurrent.core.certificate.RenewalPlan;
import app.skillcurrent.core.certificate.Renewals;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.quiz.QuizAnswersForm;
import app.skillcurrent.web.quiz.QuizSheet;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renewal after a major version: the changed lessons to read, then a short quiz on them. Requests that do
 * not fit (no newer major version, window closed, already renewed) are answered 409 by {@link CertificateErrors}.
 */
@Controller("/certificates/{id}/renew")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RenewalController {

    private final Renewals renewals;
    private final MarkdownRenderer markdown;

    RenewalController(Renewals renewals, MarkdownRenderer markdown) {
        this.renewals = renewals;
        this.markdown = markdown;
    }

    @Get @Html
    RenewalPlanPage plan(SignedIn me, @PathVariable String id) {
        RenewalPlan plan = renewals.plan(me.id(), id);
        Set<Long> added = plan.changelog().added().stream().map(LessonRevision::id).collect(Collectors.toSet());
        CertificateView certificate = plan.certificate();
        return new RenewalPlanPage(id, certificate.certificate().courseTitle(), certificate.certificate().version().toString(),
                plan.target().version().toString(), plan.target().changeNote(),
                plan.lessons().stream().map(lesson -> new RenewalPlanPage.Lesson(lesson.lessonId(), lesson.content().title(),
                        added.contains(lesson.id()), markdown.render(lesson.id(), lesson.content().body()))).toList(),
                plan.changelog().removed().stream().map(l -> l.content().title()).toList(),
                plan.questionCount(), plan.target().exam().passMark());
    }

    @Post @Form
    HttpResponse<?> start(SignedIn me, @PathVariable String id) {
        RenewalAttempt attempt = renewals.start(me.id(), id);
        return HttpResponse.seeOther(URI.create("/certificates/" + id + "/renew/" + attempt.id()));
    }

    @Get("/{attemptId:[0-9]+}") @Html
    HttpResponse<?> quiz(SignedIn me, @PathVariable String id, @PathVariable long attemptId) {
        RenewalAttempt attempt = renewals.attempt(me.id(), id, attemptId);
        if (attempt.isSubmitted()) {
            return HttpResponse.seeOther(URI.create("/certificates/" + id + "/renew"));
        }
        return HttpResponse.ok(quizPage(me, id, attempt, null));
    }

    /**
     * Passing renews the certificate and shows the renewed one; failing goes back to the plan to try again.
     * Answers that cannot be marked show the quiz again (422), the attempt still open.
     */
    @Post("/{attemptId:[0-9]+}") @Form
    HttpResponse<?> submit(SignedIn me, @PathVariable String id, @PathVariable long attemptId,
                           @Body QuizAnswersForm form) {
        Optional<CertificateView> renewed;
        try {
            renewed = renewals.submit(me.id(), id, attemptId, form.answers());
        } catch (UnknownOptionException unknown) {
            return Forms.rejected(quizPage(me, id, renewals.attempt(me.id(), id, attemptId), unknown.messageKey()));
        }
        return renewed
                .<HttpResponse<?>>map(c -> Flash.set(HttpResponse.seeOther(URI.create("/certificates/" + c.publicId())), "certificate.flash.renewed"))
                .orElseGet(() -> Flash.set(HttpResponse.seeOther(URI.create("/certificates/" + id + "/renew")), "certificate.flash.renewalFailed"));
    }

    private RenewalQuizPage quizPage(SignedIn me, String id, RenewalAttempt attempt, @Nullable String refusalKey) {
        RenewalPlan plan = renewals.plan(me.id(), id);
        return new RenewalQuizPage(id, attempt.id(), plan.certificate().certificate().courseTitle(),
                plan.target().version().toString(), plan.target().exam().passMark(),
                QuizSheet.of(renewals.questions(attempt)), refusalKey);
    }
}
