package app.skillcurrent.core.enrolment;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;

import java.util.List;
import java.util.Map;

/**
 * A course as one enrolled learner sees it: the revision they are pinned to, its lessons, and the course's
 * current revision (newer when an update is waiting for them).
 */
public record LearnerCourse(String slug, Enrolment enrolment, CourseRevision pinned, CourseRevision current,
                            Map<Long, LessonRevision> lessonRevisions) {

    public boolean updateAvailable() {
        return current.id() != pinned.id();
    }

    public List<CourseRevision.Entry> lessons() {
        return pinned.lessons();
    }

    /** The revision of a lesson in the learner's version; a lesson of another course or version is unknown. */
    public LessonRevision lesson(long lessonId) {
        return pinned.lessons().stream().filter(e -> e.lessonId() == lessonId).findFirst()
                .map(e -> lessonRevisions.get(e.lessonRevisionId()))
                .orElseThrow(() -> new NotFoundException("lesson " + lessonId + " in " + slug));
    }

    public int indexOf(long lessonId) {
        for (int i = 0; i < pinned.lessons().size(); i++) {
            if (pinned.lessons().get(i).lessonId() == lessonId) {
                return i;
            }
        }
        return -1;
    }
}
