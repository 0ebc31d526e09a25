package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.revision.CourseRevision;

import java.util.List;

/** A course's public page: the card, the outline of the current version and the version history. */
public record CoursePage(CourseCard card, CourseRevision revision, List<OutlineLesson> outline,
                         List<VersionNote> versions) {

    public record OutlineLesson(long lessonId, String title, int minutes, int tasks, int questions,
                                boolean needsReview) {
    }

    public record VersionNote(String version, String severity, String changeNote, java.time.LocalDate publishedOn) {
    }
}
