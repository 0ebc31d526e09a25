package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.LessonOrder;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;

/** The lessons of a course's draft: adding one, moving one up or down, taking one out (after asking). */
@Controller("/teach/courses/{slug}/lessons")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LessonOrderController {

    private final CourseEditors editors;
    private final LessonDrafts lessonDrafts;
    private final LessonOrder lessonOrder;
    private final CourseEditorPages pages;
    private final Forms forms;

    LessonOrderController(CourseEditors editors, LessonDrafts lessonDrafts, LessonOrder lessonOrder,
                          CourseEditorPages pages, Forms forms) {
        this.editors = editors;
        this.lessonDrafts = lessonDrafts;
        this.lessonOrder = lessonOrder;
        this.pages = pages;
        this.forms = forms;
    }

    /** Adds a lesson at the end of the draft and opens it in the editor. */
    @Post @Form
    HttpResponse<?> addLesson(HttpRequest<?> request, Editor editor, @PathVariable String slug, @Body NewLessonForm form) {
        Course course = editors.course(editor, slug);
        return forms.handle(request, form, errors -> pages.withNewLesson(course, form, errors), valid -> {
            LessonDraft lesson = lessonDrafts.addLesson(editor, slug, valid.newLessonTitle());
            return HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "/lessons/" + lesson.id()));
        });
    }

    @Post("/{lessonId}/move") @Form
    HttpResponse<?> move(Editor editor, @PathVariable String slug, @PathVariable long lessonId, @Body MoveForm form) {
        lessonOrder.moveLesson(editor, slug, lessonId, form.up() ? -1 : 1);
        return HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "#lessons"));
    }

    @Get("/{lessonId}/remove") @Html
    RemoveLessonPage confirmRemove(Editor editor, @PathVariable String slug, @PathVariable long lessonId) {
        return new RemoveLessonPage(slug, lessonId, lessonDrafts.lesson(editor, slug, lessonId).title());
    }

    @Post("/{lessonId}/remove") @Form
    HttpResponse<?> remove(Editor editor, @PathVariable String slug, @PathVariable long lessonId) {
        lessonOrder.removeLesson(editor, slug, lessonId);
        return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "#lessons")), "flash.lessonRemoved");
    }

    /** Which way the move buttons move a lesson; anything but {@code up} moves it down. */
    @Serdeable
    record MoveForm(@Nullable String direction) {
        boolean up() {
            return "up".equals(direction);
        }
    }
}
