package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Publishing a course's draft as its next version, then showing it in the history. */
@Controller("/teach/courses/{slug}/publish")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PublishController {

    private static final String LESSON_PREFIX = "lesson.";

    private final CourseEditors editors;
    private final Publishing publishing;
    private final CourseEditorPages pages;
    private final Forms forms;

    PublishController(CourseEditors editors, Publishing publishing, CourseEditorPages pages, Forms forms) {
        this.editors = editors;
        this.publishing = publishing;
        this.pages = pages;
        this.forms = forms;
    }

    @Post @Form
    HttpResponse<?> publish(HttpRequest<?> request, Editor editor, @PathVariable String slug, @Body PublishForm form) {
        Course course = editors.course(editor, slug);
        return forms.handle(request, form, errors -> pages.withPublish(course, form, errors), valid -> {
            try {
                CourseRevision published = publishing.publish(editor, slug, valid.chosenSeverity(), valid.changeNote());
                return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "/history?published=" + published.version())),
                        "flash.published");
            } catch (FieldRejectedException refused) {
                throw lessonsAsOneField(refused);
            }
        });
    }

    /**
     * The page shows what keeps a lesson from being published once, above the lesson list ({@code lessons}),
     * rather than per lesson ({@code lesson.<id>}); each lesson's editor says what is wrong in detail.
     */
    private static FieldRejectedException lessonsAsOneField(FieldRejectedException refused) {
        Map<String, String> problems = new LinkedHashMap<>();
        refused.problems().forEach((field, key) -> problems.put(field.startsWith(LESSON_PREFIX) ? "lessons" : field, key));
        return new FieldRejectedException(problems);
    }
}
