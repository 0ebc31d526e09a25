package app.skillcurrent.web.teach;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A lesson's published revisions, each with a link to its word diff against the one before. */
record LessonHistoryPage(CourseRef course, Lesson lesson, List<Revision> revisions) implements Page {

    record Lesson(long id, String title) {
    }

    /** @param previous the revision before, null for the first */
    record Revision(int number, String title, String publishedOn, @Nullable Integer previous) {
    }

    @Override
    public String view() {
        return "teach/lesson-history";
    }
}
