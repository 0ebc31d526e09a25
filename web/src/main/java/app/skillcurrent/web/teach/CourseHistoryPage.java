package app.skillcurrent.web.teach;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A course's published versions, the newest first, each with a link to its changes and a restore button. */
record CourseHistoryPage(CourseRef course, List<Revision> revisions) implements Page {

    /**
     * @param current  the version learners see now, which cannot be restored
     * @param previous the version before, null for the first
     */
    record Revision(String version, String severity, String changeNote, String publishedOn, boolean current,
                    @Nullable String previous) {
    }

    @Override
    public String view() {
        return "teach/course-history";
    }
}
