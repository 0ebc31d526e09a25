package app.skillcurrent.web.learn;

import app.skillcurrent.content.revision.CourseChangelog;
import app.skillcurrent.content.revision.History;
import app.skillcurrent.content.revision.LessonDiff;
import app.skillcurrent.web.changes.ChangelogView;
import app.skillcurrent.web.changes.LessonDiffView;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.core.progress.InvalidAnswerException;
import app.skillcurrent.core.progress.LessonInCourse;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.data.connection.annotation.Connectable;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lesson player. Every page works without JavaScript: tasks, quiz answers and completion are plain
 * forms with post/redirect/get; a small script adds heartbeats for time on task.
 */
@Controller(value = "/learn/{slug}", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LearnController {

    static final String VIEW = "learn/lesson";

    private final CurrentAccount currentAccount;
    private final Enrolments enrolments;
    private final Progress progress;
    private final LearningTime learningTime;
    private final LearnerDashboard dashboard;
    private final PlayerModel playerModel;
    private final History history;
    private final Messages messages;
    private final RequestLocale requestLocale;

    LearnController(CurrentAccount currentAccount, Enrolments enrolments, Progress progress,
                    LearningTime learningTime, LearnerDashboard dashboard, PlayerModel playerModel, History history,
                    Messages messages, RequestLocale requestLocale) {
        this.currentAccount = currentAccount;
        this.enrolments = enrolments;
        this.progress = progress;
        this.learningTime = learningTime;
        this.dashboard = dashboard;
        this.playerModel = playerModel;
        this.history = history;
        this.messages = messages;
        this.requestLocale = requestLocale;
    }

    /** Resume where the learner left off. */
    @Get
    HttpResponse<?> resume(HttpRequest<?> request, @PathVariable String slug) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        return HttpResponse.seeOther(lessonUri(slug, dashboard.progressOf(userId, course).resumeLessonId()));
    }

    /** One connection for the page's handful of reads, instead of one borrowed from the pool per read. */
    @Connectable
    @Get("/{lessonId:[0-9]+}")
    ModelAndView<Map<String, Object>> lesson(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        Map<String, Object> model = model(userId, course, lessonId);
        enrolments.visited(course, lessonId);
        return new ModelAndView<>(VIEW, model);
    }

    @Post(value = "/{lessonId:[0-9]+}/tasks/{index}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveTask(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId,
                             @PathVariable int index, @Body Map<String, String> form) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        try {
            progress.saveTask(userId, course, lessonId, index, "on".equals(form.get("done")), form.get("reflection"));
        } catch (InvalidAnswerException invalid) {
            return rejected(request, userId, course, lessonId, "task" + index, invalid);
        }
        return HttpResponse.seeOther(URI.create(lessonUri(slug, lessonId) + "#task-" + (index + 1)));
    }

    @Post(value = "/{lessonId:[0-9]+}/quiz/{questionKey}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId,
                           @PathVariable String questionKey, @Body Map<String, String> form) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        Set<String> chosen = new HashSet<>();
        if (form.get("choice") != null) {
            chosen.add(form.get("choice"));
        }
        form.forEach((name, value) -> {
            if (name.startsWith("option.")) {
                chosen.add(name.substring("option.".length()));
            }
        });
        try {
            progress.answer(userId, course, lessonId, questionKey, chosen);
        } catch (InvalidAnswerException invalid) {
            return rejected(request, userId, course, lessonId, "q-" + questionKey, invalid);
        }
        return HttpResponse.seeOther(URI.create(lessonUri(slug, lessonId) + "#question-" + questionKey));
    }

    @Post(value = "/{lessonId:[0-9]+}/complete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> complete(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        try {
            progress.complete(userId, course, lessonId);
        } catch (InvalidAnswerException invalid) {
            return rejected(request, userId, course, lessonId, "complete", invalid);
        }
        int index = course.indexOf(lessonId);
        URI next;
        if (index + 1 < course.lessons().size()) {
            next = lessonUri(slug, course.lessons().get(index + 1).lessonId());
        } else if (progress.allComplete(userId, course)) {
            next = URI.create("/learn/" + slug + "/exam");
        } else {
            next = URI.create("/learn/" + slug);
        }
        return Flash.set(HttpResponse.seeOther(next), "flash.lessonComplete");
    }

    /** Time on task: sent every 30 seconds while the lesson is visible. */
    @Post(value = "/{lessonId:[0-9]+}/heartbeat", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    HttpResponse<?> heartbeat(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        learningTime.heartbeat(userId, course, lessonId);
        return HttpResponse.noContent();
    }

    /** What changed between the learner's version and the current one. */
    @Get("/update")
    ModelAndView<Map<String, Object>> whatChanged(HttpRequest<?> request, @PathVariable String slug) {
        long userId = currentAccount.require(request).id();
        LearnerCourse course = enrolments.open(userId, slug);
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", slug, "title", course.current().title(),
                "version", course.pinned().version().toString(), "currentVersion", course.current().version().toString()));
        model.put("updateAvailable", course.updateAvailable());
        if (course.updateAvailable()) {
            CourseChangelog changelog = history.changelog(course.pinned(), course.current());
            model.put("changelog", ChangelogView.of(changelog, null));
            model.put("diffs", changelog.changed().stream()
                    .map(c -> LessonDiffView.of(LessonDiff.between(c.from(), c.to()))).toList());
        }
        return new ModelAndView<>("learn/update", model);
    }

    @Post(value = "/update", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> moveToCurrent(HttpRequest<?> request, @PathVariable String slug) {
        long userId = currentAccount.require(request).id();
        enrolments.moveToCurrent(userId, slug);
        return Flash.set(HttpResponse.seeOther(URI.create("/learn/" + slug)), "flash.movedToCurrent");
    }

    private Map<String, Object> model(long userId, LearnerCourse course, long lessonId) {
        LessonInCourse progressInCourse = progress.lessonInCourse(userId, course, lessonId);
        // the exam's own page shows attempts and results; the lesson only needs to know whether to offer it
        return playerModel.of(course, lessonId, progressInCourse.work(), progressInCourse.states(), progressInCourse.allComplete());
    }

    /** Re-renders the lesson with the message next to the task, question or button it concerns (HTTP 422). */
    @SuppressWarnings("unchecked")
    private HttpResponse<?> rejected(HttpRequest<?> request, long userId, LearnerCourse course, long lessonId,
                                     String field, InvalidAnswerException invalid) {
        Map<String, Object> model = model(userId, course, lessonId);
        String message = messages.get(requestLocale.of(request), invalid.messageKey());
        if (field.equals("complete")) {
            model.put("completeError", message);
        }
        for (Map<String, Object> task : (List<Map<String, Object>>) model.get("tasks")) {
            if (field.equals("task" + task.get("index"))) {
                task.put("error", message);
            }
        }
        for (Map<String, Object> question : (List<Map<String, Object>>) model.get("questions")) {
            if (field.equals("q-" + question.get("key"))) {
                question.put("error", message);
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(VIEW, model));
    }

    static URI lessonUri(String slug, long lessonId) {
        return URI.create("/learn/" + slug + "/" + lessonId);
    }
}
