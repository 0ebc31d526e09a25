package app.skillcurrent.content.revision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A published, immutable version of a course: its settings and the ordered lesson revisions it contains. */
public record CourseRevision(long id, long courseId, Version version, Severity severity, String changeNote,
                             String title, String summary, Level level, String language, ExamSettings exam,
                             Instant publishedAt, List<Entry> lessons, Set<Long> topicIds) {

    /** A lesson's place in the revision: its stable id and the revision of it that this course version uses. */
    public record Entry(int position, long lessonId, long lessonRevisionId) {
    }

    public int lessonCount() {
        return lessons.size();
    }
}
