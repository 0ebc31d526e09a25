package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.Authoring;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.History;
import app.skillcurrent.content.revision.LessonDiff;
import app.skillcurrent.web.changes.ChangelogView;
import app.skillcurrent.web.changes.LessonDiffView;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Version history of courses and lessons, changelogs, word diffs, and restoring an old version into the draft. */
@Controller(value = "/teach/courses/{slug}", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HistoryController {

    private final Editors editors;
    private final Authoring authoring;
    private final Revisions revisions;
    private final History history;
    HistoryController(Editors editors, Authoring authoring, Revisions revisions, History history) {
        this.editors = editors;
        this.authoring = authoring;
        this.revisions = revisions;
        this.history = history;
    }

    @Get("/history")
    ModelAndView<Map<String, Object>> courseHistory(HttpRequest<?> request, @PathVariable String slug) {
        Course course = authoring.course(editors.of(request), slug);
        List<CourseRevision> all = revisions.courseHistory(course.id());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CourseRevision revision = all.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("version", revision.version().toString());
            row.put("severity", revision.severity().name());
            row.put("changeNote", revision.changeNote());
            row.put("publishedOn", revision.publishedAt().toString().substring(0, 10));
            row.put("current", i == 0);
            row.put("previous", i + 1 < all.size() ? all.get(i + 1).version().toString() : null);
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", course.slug(), "title", course.title()));
        model.put("revisions", rows);
        return new ModelAndView<>("teach/course-history", model);
    }

    @Get("/changes/{from}/{to}")
    ModelAndView<Map<String, Object>> changelog(HttpRequest<?> request, @PathVariable String slug,
                                                @PathVariable String from, @PathVariable String to) {
        Course course = authoring.course(editors.of(request), slug);
        Version a = Version.parse(from).orElseThrow(() -> new NotFoundException("version " + from));
        Version b = Version.parse(to).orElseThrow(() -> new NotFoundException("version " + to));
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("changelog", ChangelogView.of(history.changelog(course.id(), a, b), "/teach/courses/" + slug + "/lessons/"));
        model.put("course", Map.of("slug", course.slug(), "title", course.title()));
        return new ModelAndView<>("teach/changelog", model);
    }

    @Post(value = "/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(HttpRequest<?> request, @PathVariable String slug, @Body Map<String, String> form) {
        Editor editor = editors.of(request);
        Version version = Version.parse(form.get("version")).orElseThrow(() -> new NotFoundException("version"));
        authoring.restoreIntoDraft(editor, slug, version);
        return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug)), "flash.restored");
    }

    @Get("/lessons/{lessonId}/history")
    ModelAndView<Map<String, Object>> lessonHistory(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId) {
        Editor editor = editors.of(request);
        Course course = authoring.course(editor, slug);
        LessonDraft lesson = authoring.lesson(editor, slug, lessonId);
        List<LessonRevision> all = revisions.lessonHistory(lessonId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LessonRevision revision : all) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", revision.number());
            row.put("title", revision.content().title());
            row.put("publishedOn", revision.publishedAt().toString().substring(0, 10));
            row.put("previous", revision.number() > 1 ? revision.number() - 1 : null);
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", course.slug(), "title", course.title()));
        model.put("lesson", Map.of("id", lesson.id(), "title", lesson.title()));
        model.put("revisions", rows);
        return new ModelAndView<>("teach/lesson-history", model);
    }

    @Get("/lessons/{lessonId}/diff")
    ModelAndView<Map<String, Object>> lessonDiff(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId,
                                                 @Nullable @QueryValue Integer from, @Nullable @QueryValue Integer to) {
        Editor editor = editors.of(request);
        Course course = authoring.course(editor, slug);
        authoring.lesson(editor, slug, lessonId);
        if (from == null || to == null) {
            throw new NotFoundException("diff");
        }
        LessonDiff diff = history.lessonDiff(lessonId, from, to);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("diff", LessonDiffView.of(diff));
        model.put("course", Map.of("slug", course.slug(), "title", course.title()));
        model.put("lessonId", lessonId);
        return new ModelAndView<>("teach/lesson-diff", model);
    }
}
