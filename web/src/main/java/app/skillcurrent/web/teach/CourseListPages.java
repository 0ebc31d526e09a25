package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.NewCourse;
import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.web.view.FieldErrors;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the course list: each course with its current version and how many of its lessons need review. */
@Singleton
class CourseListPages {

    private final CourseEditors editors;
    private final Revisions revisions;
    private final Freshness freshness;

    CourseListPages(CourseEditors editors, Revisions revisions, Freshness freshness) {
        this.editors = editors;
        this.revisions = revisions;
        this.freshness = freshness;
    }

    CourseListPage page(Editor editor, NewCourse form, FieldErrors errors) {
        List<Course> courses = editors.editableCourses(editor);
        Map<Long, CourseRevision> current = new HashMap<>();
        courses.stream().filter(Course::isPublished)
                .forEach(c -> revisions.courseRevision(c.currentRevisionId()).ifPresent(r -> current.put(c.id(), r)));
        // one query for the freshness of all of them
        Map<Long, CourseFreshness> fresh = freshness.of(current.values().stream().map(CourseRevision::id).toList());
        List<CourseListPage.Row> rows = courses.stream().map(course -> {
            CourseRevision revision = current.get(course.id());
            CourseFreshness f = revision == null ? null : fresh.get(revision.id());
            return new CourseListPage.Row(course.slug(), course.title(), revision == null ? null : revision.version().toString(),
                    f == null ? 0 : f.lessonsNeedingReview());
        }).toList();
        return new CourseListPage(rows, form, errors);
    }
}
