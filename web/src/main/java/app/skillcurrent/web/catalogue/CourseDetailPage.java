package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.revision.ExamSettings;
import app.skillcurrent.core.catalogue.CoursePage.VersionNote;
import app.skillcurrent.web.view.Page;

import java.util.List;

/** A published course's public page: its card, the lessons of the current version, the exam and the changelog. */
record CourseDetailPage(CourseCardView course, List<OutlineLesson> outline, ExamSettings exam, List<VersionNote> versions)
        implements Page {

    @Override
    public String view() {
        return "catalogue/course";
    }

    /** @param needsReview shown to instructors and admins only; always false for everyone else */
    record OutlineLesson(String title, int minutes, int tasks, int questions, boolean needsReview) {
    }
}
