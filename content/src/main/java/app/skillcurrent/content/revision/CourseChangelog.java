package app.skillcurrent.content.revision;

import java.util.List;

/**
 * What changed in a course between two versions: lessons added, removed and changed (with the revision
 * numbers to diff), their quiz changes, and whether the course's own settings changed.
 */
public record CourseChangelog(CourseRevision from, CourseRevision to, List<LessonRevision> added,
                              List<LessonRevision> removed, List<Changed> changed, boolean reordered,
                              boolean settingsChanged) {

    public record Changed(LessonRevision from, LessonRevision to, QuizChanges quiz) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !reordered && !settingsChanged;
    }
}
