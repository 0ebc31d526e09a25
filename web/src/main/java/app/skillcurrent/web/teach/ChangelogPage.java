package app.skillcurrent.web.teach;

import app.skillcurrent.web.changes.ChangelogView;
import app.skillcurrent.web.view.Page;

/** What changed in a course from one version to another. */
record ChangelogPage(CourseRef course, ChangelogView changelog) implements Page {

    @Override
    public String view() {
        return "teach/changelog";
    }
}
