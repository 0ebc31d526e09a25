package app.skillcurrent.web.certificate;

import app.skillcurrent.content.render.MarkdownRenderer;
import app.skillcurrent.content.revision.CourseChangelog;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.RenewalAttempt;
import app.skillcurrent.core.certificate.RenewalPlan;
import app.skillcurrent.core.certificate.Renewals;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.view.Flash;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renewal after a major version: the changed lessons to read, then a short quiz on them. Requests that do
 * not fit (no newer major version, window closed, already renewed) are answered 409 by {@link CertificateErrors}.
 */
@Controller(value = "/certificates/{id}/renew", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RenewalController {

    static final String VIEW = "certificate/renew";
    static final String QUIZ_VIEW = "certificate/renew-quiz";

    private final CurrentAccount currentAccount;
    private final Renewals renewals;
    private final MarkdownRenderer markdown;

    RenewalController(CurrentAccount currentAccount, Renewals renewals, MarkdownRenderer markdown) {
        this.currentAccount = currentAccount;
        this.renewals = renewals;
        this.markdown = markdown;
    }

    @Get
    ModelAndView<Map<String, Object>> plan(HttpRequest<?> request, @PathVariable String id) {
        RenewalPlan plan = renewals.plan(currentAccount.require(request).id(), id);
        CourseChangelog changelog = plan.changelog();
        Set<Long> added = new HashSet<>();
        changelog.added().forEach(l -> added.add(l.id()));
        List<Map<String, Object>> lessons = new ArrayList<>();
        for (LessonRevision lesson : plan.lessons()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", lesson.lessonId());
            row.put("title", lesson.content().title());
            row.put("added", added.contains(lesson.id()));
            row.put("html", markdown.render(lesson.id(), lesson.content().body()));
            lessons.add(row);
        }
        CertificateView certificate = plan.certificate();
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("courseTitle", certificate.certificate().courseTitle());
        model.put("version", certificate.certificate().version().toString());
        model.put("target", plan.target().version().toString());
        model.put("changeNote", plan.target().changeNote());
        model.put("lessons", lessons);
        model.put("removed", changelog.removed().stream().map(l -> l.content().title()).toList());
        model.put("questionCount", plan.questionCount());
        model.put("passMark", plan.target().exam().passMark());
        return new ModelAndView<>(VIEW, model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, @PathVariable String id) {
        RenewalAttempt attempt = renewals.start(currentAccount.require(request).id(), id);
        return HttpResponse.seeOther(URI.create("/certificates/" + id + "/renew/" + attempt.id()));
    }

    @Get("/{attemptId:[0-9]+}")
    HttpResponse<?> quiz(HttpRequest<?> request, @PathVariable String id, @PathVariable long attemptId) {
        long userId = currentAccount.require(request).id();
        RenewalAttempt attempt = renewals.attempt(userId, id, attemptId);
        if (attempt.isSubmitted()) {
            return HttpResponse.seeOther(URI.create("/certificates/" + id + "/renew"));
        }
        List<QuizQuestion> questions = renewals.questions(attempt);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuizQuestion q = questions.get(i);
            items.add(Map.of("index", i, "number", i + 1, "prompt", q.prompt(), "multiple", q.multipleCorrect(),
                    "options", q.options().stream().map(o -> Map.of("key", o.key(), "text", o.text())).toList()));
        }
        RenewalPlan plan = renewals.plan(userId, id);
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("attemptId", attemptId);
        model.put("courseTitle", plan.certificate().certificate().courseTitle());
        model.put("target", plan.target().version().toString());
        model.put("questions", items);
        model.put("passMark", plan.target().exam().passMark());
        return HttpResponse.ok(new ModelAndView<>(QUIZ_VIEW, model));
    }

    @Post(value = "/{attemptId:[0-9]+}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, @PathVariable String id, @PathVariable long attemptId,
                           @Body Map<String, String> form) {
        Map<Integer, Set<String>> answers = new HashMap<>();
        form.forEach((name, value) -> {
            // radio: "q<i>" = key; checkbox: "q<i>.<key>" = on (as on the final exam)
            if (name.matches("q\\d{1,3}")) {
                answers.computeIfAbsent(Integer.parseInt(name.substring(1)), k -> new HashSet<>()).add(value);
            } else if (name.matches("q\\d{1,3}\\..{1,40}")) {
                int dot = name.indexOf('.');
                answers.computeIfAbsent(Integer.parseInt(name.substring(1, dot)), k -> new HashSet<>()).add(name.substring(dot + 1));
            }
        });
        Optional<CertificateView> renewed = renewals.submit(currentAccount.require(request).id(), id, attemptId, answers);
        return renewed
                .<HttpResponse<?>>map(c -> Flash.set(HttpResponse.seeOther(URI.create("/certificates/" + c.publicId())), "certificate.flash.renewed"))
                .orElseGet(() -> Flash.set(HttpResponse.seeOther(URI.create("/certificates/" + id + "/renew")), "certificate.flash.renewalFailed"));
    }
}
