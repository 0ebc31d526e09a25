package app.skillcurrent.web.learn;

import app.skillcurrent.content.revision.History;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.core.progress.InvalidAnswerException;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
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

import java.net.URI;

/**
 * The lesson player. Every page works without JavaScript: tasks, quiz answers and completion are plain
 * forms with post/redirect/get; a small script adds heartbeats for time on task. A refused change shows the
 * lesson again (HTTP 422) with the reason on the task, question or button it concerns.
 */
@Controller("/learn/{slug}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class LearnController {

    private final Enrolments enrolments;
    private final Progress progress;
    private final LearningTime learningTime;
    private final LearnerDashboard dashboard;
    private final LessonPages lessonPages;
    private final History history;
    private final Forms forms;

    LearnController(Enrolments enrolments, Progress progress, LearningTime learningTime, LearnerDashboard dashboard,
                    LessonPages lessonPages, History history, Forms forms) {
        this.enrolments = enrolments;
        this.progress = progress;
        this.learningTime = learningTime;
        this.dashboard = dashboard;
        this.lessonPages = lessonPages;
        this.history = history;
        this.forms = forms;
    }

    /** Resume where the learner left off. */
    @Get @Html
    HttpResponse<?> resume(SignedIn me, @PathVariable String slug) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        return HttpResponse.seeOther(lessonUri(slug, dashboard.progressOf(me.id(), course).resumeLessonId()));
    }

    /**
     * One connection for the page's reads (the course with the enrolment, then all progress in one query) and
     * its one write, instead of one borrowed from the pool for each; the account was read when {@code me} was
     * bound.
     */
    @Connectable
    @Get("/{lessonId:[0-9]+}") @Html
    LessonPage lesson(SignedIn me, @PathVariable String slug, @PathVariable long lessonId) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        LessonPage page = lessonPage(me, course, lessonId, null);
        enrolments.visited(course, lessonId);
        return page;
    }

    @Post("/{lessonId:[0-9]+}/tasks/{index}") @Form
    HttpResponse<?> saveTask(HttpRequest<?> request, SignedIn me, @PathVariable String slug, @PathVariable long lessonId,
                             @PathVariable int index, @Body TaskForm form) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        return forms.handle(request, form, errors -> lessonPage(me, course, lessonId, LessonProblem.onTask(index, form, errors)),
                valid -> {
                    progress.saveTask(me.id(), course, lessonId, index, valid.ticked(), valid.reflection());
                    return HttpResponse.seeOther(URI.create(lessonUri(slug, lessonId) + "#task-" + (index + 1)));
                });
    }

    @Post("/{lessonId:[0-9]+}/quiz/{questionKey}") @Form
    HttpResponse<?> answer(HttpRequest<?> request, SignedIn me, @PathVariable String slug, @PathVariable long lessonId,
                           @PathVariable String questionKey, @Body AnswerForm form) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        return forms.handle(request, form, errors -> lessonPage(me, course, lessonId, LessonProblem.onQuestion(questionKey, errors)),
                valid -> {
                    progress.answer(me.id(), course, lessonId, questionKey, valid.chosen());
                    return HttpResponse.seeOther(URI.create(lessonUri(slug, lessonId) + "#question-" + questionKey));
                });
    }

    @Post("/{lessonId:[0-9]+}/complete") @Form
    HttpResponse<?> complete(HttpRequest<?> request, SignedIn me, @PathVariable String slug, @PathVariable long lessonId) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        try {
            progress.complete(me.id(), course, lessonId);
        } catch (InvalidAnswerException refused) {
            return Forms.rejected(lessonPage(me, course, lessonId, LessonProblem.onComplete(forms.errors(request, refused))));
        }
        int index = course.indexOf(lessonId);
        URI next;
        if (index + 1 < course.lessons().size()) {
            next = lessonUri(slug, course.lessons().get(index + 1).lessonId());
        } else if (progress.allComplete(me.id(), course)) {
            next = URI.create("/learn/" + slug + "/exam");
        } else {
            next = URI.create("/learn/" + slug);
        }
        return Flash.set(HttpResponse.seeOther(next), "flash.lessonComplete");
    }

    /**
     * Time on task: sent every 30 seconds while the lesson is visible, by a script that may send it as a form,
     * JSON or plain text; the body is not read.
     */
    @Post(value = "/{lessonId:[0-9]+}/heartbeat", produces = MediaType.TEXT_HTML,
            consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> heartbeat(SignedIn me, @PathVariable String slug, @PathVariable long lessonId) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        learningTime.heartbeat(me.id(), course, lessonId);
        return HttpResponse.noContent();
    }

    /** What changed between the learner's version and the current one. */
    @Get("/update") @Html
    UpdatePage whatChanged(SignedIn me, @PathVariable String slug) {
        LearnerCourse course = enrolments.open(me.id(), slug);
        return UpdatePage.of(course, course.updateAvailable() ? history.changelog(course.pinned(), course.current()) : null);
    }

    @Post("/update") @Form
    HttpResponse<?> moveToCurrent(SignedIn me, @PathVariable String slug) {
        enrolments.moveToCurrent(me.id(), slug);
        return Flash.set(HttpResponse.seeOther(URI.create("/learn/" + slug)), "flash.movedToCurrent");
    }

    private LessonPage lessonPage(SignedIn me, LearnerCourse course, long lessonId, @Nullable LessonProblem problem) {
        return lessonPages.of(course, lessonId, progress.lessonInCourse(me.id(), course, lessonId), problem);
    }

    private static URI lessonUri(String slug, long lessonId) {
        return URI.create("/learn/" + slug + "/" + lessonId);
    }
}
