package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Who may edit which course: its instructors ({@code course_instructors}) and platform admins. Every other
 * authoring service opens a course through {@link #course}, so none of them can skip the check.
 */
@Singleton
public class CourseEditors {

    private final Repositories.Courses courses;

    CourseEditors(Repositories.Courses courses) {
        this.courses = courses;
    }

    /**
     * The course at this address.
     *
     * @throws NotFoundException   when there is none
     * @throws NotAllowedException when this editor may not edit it
     */
    public Course course(Editor editor, String slug) {
        Course course = courses.findBySlug(slug == null ? "" : slug).orElseThrow(() -> new NotFoundException("course " + slug));
        if (!canEdit(editor, course.id())) {
            throw new NotAllowedException();
        }
        return course;
    }

    public boolean canEdit(Editor editor, long courseId) {
        return editor.admin() || courses.instructorRows(courseId, editor.accountId()) > 0;
    }

    /** The courses this editor may edit: their own, or all for an admin. */
    public List<Course> editableCourses(Editor editor) {
        return editor.admin() ? courses.allByTitle() : courses.taughtBy(editor.accountId());
    }

    /** Adds another instructor to a course (admins, or the course's instructors). */
    @Transactional
    public void addInstructor(Editor editor, String courseSlug, long accountId) {
        Course course = course(editor, courseSlug);
        courses.addInstructor(course.id(), accountId);
    }
}
