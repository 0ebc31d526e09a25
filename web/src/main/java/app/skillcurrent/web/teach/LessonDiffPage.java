package app.skillcurrent.web.teach;

import app.skillcurrent.web.changes.LessonDiffView;
import app.skillcurrent.web.view.Page;

/** The word diff between two revisions of a lesson. */
record LessonDiffPage(CourseRef course, long lessonId, LessonDiffView diff) implements Page {

    @Override
    public String view() {
        return "teach/lesson-diff";
    }
}
