package app.skillcurrent.web.learn;

import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.ExamAttempt;
import app.skillcurrent.core.exam.ExamRefusedException;
import app.skillcurrent.core.exam.ExamResult;
import app.skillcurrent.core.exam.ExamStatus;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The final exam: overview, the attempt form, and the result with what was wrong and why. */
@Controller(value = "/learn/{slug}/exam", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExamController {

    private final CurrentAccount currentAccount;
    private final Enrolments enrolments;
    private final Exams exams;
    private final Messages messages;
    private final RequestLocale requestLocale;
    private final Clock clock;

    ExamController(CurrentAccount currentAccount, Enrolments enrolments, Exams exams, Messages messages,
                   RequestLocale requestLocale, Clock clock) {
        this.currentAccount = currentAccount;
        this.enrolments = enrolments;
        this.exams = exams;
        this.messages = messages;
        this.requestLocale = requestLocale;
        this.clock = clock;
    }

    @Get
    ModelAndView<Map<String, Object>> overview(HttpRequest<?> request, @PathVariable String slug) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        return new ModelAndView<>("learn/exam", overviewModel(userId, course));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, @PathVariable String slug) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        try {
            ExamAttempt attempt = exams.start(userId, course);
            return HttpResponse.seeOther(URI.create("/learn/" + slug + "/exam/" + attempt.id()));
        } catch (ExamRefusedException refused) {
            Map<String, Object> model = overviewModel(userId, course);
            model.put("refusal", messages.get(requestLocale.of(request), refused.messageKey()));
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("learn/exam", model));
        }
    }

    @Get("/{attemptId:[0-9]+}")
    HttpResponse<?> attempt(HttpRequest<?> request, @PathVariable String slug, @PathVariable long attemptId) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        ExamAttempt attempt = exams.attempt(userId, course, attemptId);
        if (attempt.isSubmitted()) {
            return HttpResponse.seeOther(URI.create("/learn/" + slug + "/exam/" + attemptId + "/result"));
        }
        List<QuizQuestion> questions = exams.questions(course, attempt);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuizQuestion q = questions.get(i);
            items.add(Map.of("index", i, "number", i + 1, "prompt", q.prompt(), "multiple", q.multipleCorrect(),
                    "options", q.options().stream().map(o -> Map.of("key", o.key(), "text", o.text())).toList()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", slug, "title", course.pinned().title(), "version", course.pinned().version().toString()));
        model.put("attempt", Map.of("id", attempt.id(), "number", attempt.attemptNumber()));
        model.put("questions", items);
        model.put("passMark", course.pinned().exam().passMark());
        return HttpResponse.ok(new ModelAndView<>("learn/exam-attempt", model));
    }

    @Post(value = "/{attemptId:[0-9]+}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, @PathVariable String slug, @PathVariable long attemptId,
                           @Body QuizAnswersForm form) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        try {
            exams.submit(userId, course, attemptId, form.answers());
        } catch (ExamRefusedException refused) {
            if (!"error.exam.alreadySubmitted".equals(refused.messageKey())) {
                Map<String, Object> model = overviewModel(userId, course);
                model.put("refusal", messages.get(requestLocale.of(request), refused.messageKey()));
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("learn/exam", model));
            }
            // a double click: the first submission counted, show its result
        }
        return HttpResponse.seeOther(URI.create("/learn/" + slug + "/exam/" + attemptId + "/result"));
    }

    @Get("/{attemptId:[0-9]+}/result")
    HttpResponse<?> result(HttpRequest<?> request, @PathVariable String slug, @PathVariable long attemptId) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        ExamAttempt attempt = exams.attempt(userId, course, attemptId);
        if (!attempt.isSubmitted()) {
            return HttpResponse.seeOther(URI.create("/learn/" + slug + "/exam/" + attemptId));
        }
        ExamResult result = exams.result(course, attempt);
        Map<String, Object> model = overviewModel(userId, course);
        model.put("score", attempt.scorePercent());
        model.put("passed", Boolean.TRUE.equals(attempt.passed()));
        model.put("passMark", result.passMark());
        model.put("items", result.items().stream().map(item -> Map.of("prompt", item.prompt(), "chosen", item.chosenTexts(),
                "correctAnswers", item.correctTexts(), "right", item.feedback().correct(),
                "explanation", item.feedback().explanation())).toList());
        return HttpResponse.ok(new ModelAndView<>("learn/exam-result", model));
    }

    private Map<String, Object> overviewModel(long userId, LearnerCourse course) {
        ExamStatus status = exams.status(userId, course);
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", course.slug(), "title", course.pinned().title(), "version", course.pinned().version().toString()));
        model.put("lessonsComplete", status.lessonsComplete());
        model.put("attemptsUsed", status.attemptsUsed());
        model.put("attemptsAllowed", status.attemptsAllowed());
        model.put("attemptsLeft", Math.max(0, status.attemptsAllowed() - status.attemptsUsed()));
        model.put("passed", status.passed());
        model.put("bestScore", status.bestScore());
        model.put("questionCount", course.pinned().exam().questionCount());
        model.put("passMark", course.pinned().exam().passMark());
        model.put("canStart", status.canStart(clock.instant()));
        model.put("openAttempt", status.open().map(ExamAttempt::id).orElse(null));
        model.put("nextAttemptAt", status.nextAttemptAt() != null && clock.instant().isBefore(status.nextAttemptAt())
                ? status.nextAttemptAt().toString().substring(0, 16).replace('T', ' ') + " UTC" : null);
        return model;
    }
}
