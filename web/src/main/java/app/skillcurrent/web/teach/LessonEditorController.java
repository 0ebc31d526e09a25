package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.DraftConflictException;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpRequest;
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

/**
 * The lesson editor: save the draft, or preview it rendered exactly as learners will see it without saving.
 * A save that lost a race with another editor shows both texts side by side (HTTP 409); the loser's text stays
 * in the form, ready to be saved again over the newer draft.
 */
@Controller("/teach/courses/{slug}/lessons/{lessonId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LessonEditorController {

    private final CourseEditors editors;
    private final LessonDrafts lessonDrafts;
    private final LessonEditorPages pages;
    private final Forms forms;

    LessonEditorController(CourseEditors editors, LessonDrafts lessonDrafts, LessonEditorPages pages, Forms forms) {
        this.editors = editors;
        this.lessonDrafts = lessonDrafts;
        this.pages = pages;
        this.forms = forms;
    }

    @Get @Html
    LessonEditorPage edit(Editor editor, @PathVariable String slug, @PathVariable long lessonId) {
        LessonDraft draft = lessonDrafts.lesson(editor, slug, lessonId);
        return pages.draft(editors.course(editor, slug), draft);
    }

    @Post @Form
    HttpResponse<?> save(HttpRequest<?> request, Editor editor, @PathVariable String slug, @PathVariable long lessonId,
                         @Body LessonForm form) {
        Course course = editors.course(editor, slug);
        lessonDrafts.lesson(editor, slug, lessonId);
        // read once: new questions get their keys here, and the page must show the keys that are saved
        LessonContent content = form.content();
        return forms.handle(request, form, errors -> pages.sent(course, lessonId, form, content, errors), valid -> {
            if (valid.previewing()) {
                return HttpResponse.ok(pages.preview(course, lessonId, valid, content));
            }
            try {
                lessonDrafts.saveLesson(editor, slug, lessonId, content, valid.expectedVersion());
                return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "/lessons/" + lessonId)),
                        "flash.lessonSaved");
            } catch (DraftConflictException conflict) {
                return HttpResponse.status(HttpStatus.CONFLICT).body(pages.conflict(course, valid, content, conflict.current()));
            }
        });
    }
}
