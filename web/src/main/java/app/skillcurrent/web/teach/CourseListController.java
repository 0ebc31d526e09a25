package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.NewCourse;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** The instructor's course list, and starting a new course from it. */
@Controller("/teach")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CourseListController {

    private final CourseListPages pages;
    private final CourseDrafts courseDrafts;
    private final Forms forms;

    CourseListController(CourseListPages pages, CourseDrafts courseDrafts, Forms forms) {
        this.pages = pages;
        this.courseDrafts = courseDrafts;
        this.forms = forms;
    }

    @Get @Html
    CourseListPage courses(Editor editor) {
        return pages.page(editor, NewCourse.EMPTY, FieldErrors.NONE);
    }

    @Post("/courses") @Form
    HttpResponse<?> create(HttpRequest<?> request, Editor editor, @Body NewCourse form) {
        return forms.handle(request, form, errors -> pages.page(editor, form, errors), valid -> {
            Course course = courseDrafts.createCourse(editor, valid);
            return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + course.slug())), "flash.courseCreated");
        });
    }
}
