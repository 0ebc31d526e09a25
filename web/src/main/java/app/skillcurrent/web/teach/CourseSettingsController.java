package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.SettingsConflictException;
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
 * A course's page and its settings. A save that lost a race with another editor's save shows the settings as
 * they are now beside what this editor sent (HTTP 409), ready to be saved again.
 */
@Controller("/teach/courses/{slug}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CourseSettingsController {

    private final CourseEditors editors;
    private final CourseDrafts courseDrafts;
    private final CourseEditorPages pages;
    private final Forms forms;

    CourseSettingsController(CourseEditors editors, CourseDrafts courseDrafts, CourseEditorPages pages, Forms forms) {
        this.editors = editors;
        this.courseDrafts = courseDrafts;
        this.pages = pages;
        this.forms = forms;
    }

    @Get @Html
    CourseEditorPage edit(Editor editor, @PathVariable String slug) {
        return pages.show(editors.course(editor, slug));
    }

    @Post("/settings") @Form
    HttpResponse<?> saveSettings(HttpRequest<?> request, Editor editor, @PathVariable String slug,
                                 @Body CourseSettingsForm form) {
        Course course = editors.course(editor, slug);
        return forms.handle(request, form, errors -> pages.withSettings(course, form, errors), valid -> {
            try {
                Course saved = courseDrafts.updateSettings(editor, slug, valid.settings(), valid.expectedVersion());
                return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + saved.slug())), "flash.settingsSaved");
            } catch (SettingsConflictException conflict) {
                return HttpResponse.status(HttpStatus.CONFLICT).body(pages.settingsConflict(editors.course(editor, slug), form));
            }
        });
    }
}
