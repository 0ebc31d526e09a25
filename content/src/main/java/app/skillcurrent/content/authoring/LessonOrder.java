package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The order of the lessons in a course's draft. Each change locks the course row, so two editors moving
 * lessons at once do not mix their orders.
 */
@Singleton
public class LessonOrder {

    private final Repositories.Courses courses;
    private final Repositories.Lessons lessons;
    private final CourseEditors editors;

    LessonOrder(Repositories.Courses courses, Repositories.Lessons lessons, CourseEditors editors) {
        this.courses = courses;
        this.lessons = lessons;
        this.editors = editors;
    }

    /** Moves a lesson one place up ({@code -1}) or down ({@code +1}) in the draft order. */
    @Transactional
    public void moveLesson(Editor editor, String courseSlug, long lessonId, int direction) {
        Course course = editors.course(editor, courseSlug);
        courses.lock(course.id());
        List<LessonDraft> order = lessons.inDraft(course.id());
        int index = indexOf(order, lessonId);
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= order.size()) {
            return;
        }
        LessonDraft a = order.get(index);
        LessonDraft b = order.get(other);
        // positions are unique per course, so one lesson steps aside while the other takes its place
        lessons.setPosition(a.id(), null);
        lessons.setPosition(b.id(), a.position());
        lessons.setPosition(a.id(), b.position());
    }

    /**
     * Sets the whole draft order: these lessons of the course, in this order; lessons not listed leave the
     * draft.
     */
    @Transactional
    public void reorder(Editor editor, String courseSlug, List<Long> lessonIds) {
        Course course = editors.course(editor, courseSlug);
        courses.lock(course.id());
        for (long lessonId : lessonIds) {
            lessons.findById(lessonId).filter(l -> l.courseId() == course.id())
                    .orElseThrow(() -> new NotFoundException("lesson " + lessonId));
        }
        lessons.inDraft(course.id()).forEach(l -> lessons.setPosition(l.id(), null));
        for (int i = 0; i < lessonIds.size(); i++) {
            lessons.setPosition(lessonIds.get(i), i + 1);
        }
    }

    /** Takes a lesson out of the draft; published versions and learners' progress keep referring to it. */
    @Transactional
    public void removeLesson(Editor editor, String courseSlug, long lessonId) {
        Course course = editors.course(editor, courseSlug);
        courses.lock(course.id());
        indexOf(lessons.inDraft(course.id()), lessonId);
        lessons.setPosition(lessonId, null);
    }

    /** Where the lesson is in the draft order; a lesson not in the draft is not found. */
    private static int indexOf(List<LessonDraft> order, long lessonId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == lessonId) {
                return i;
            }
        }
        throw new NotFoundException("lesson " + lessonId);
    }
}
