package app.skillcurrent.web.teach;

import app.skillcurrent.content.authoring.NewCourse;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The courses an instructor may edit, with their published version and freshness, and the new-course form. */
record CourseListPage(List<Row> courses, NewCourse form, FieldErrors errors) implements Page {

    /**
     * @param version              the published version, null for a course that is only a draft
     * @param lessonsNeedingReview lessons of the published version a platform change may have outdated
     */
    record Row(String slug, String title, @Nullable String version, long lessonsNeedingReview) {
    }

    @Override
    public String view() {
        return "teach/courses";
    }
}
