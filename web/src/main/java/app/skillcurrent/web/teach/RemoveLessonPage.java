package app.skillcurrent.web.teach;

import app.skillcurrent.web.view.Page;

/** Asks before a lesson leaves the draft. */
record RemoveLessonPage(String slug, long lessonId, String lessonTitle) implements Page {

    @Override
    public String view() {
        return "teach/remove-lesson";
    }
}
