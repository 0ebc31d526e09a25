package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonJson;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Version;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Rolling a course back: the draft takes the settings, lesson order and lesson texts of a published version.
 * Publishing the draft then makes the old content a new revision, so history only grows.
 */
@Singleton
public class DraftRestore {

    private final Repositories.Courses courses;
    private final Repositories.Lessons lessons;
    private final CourseEditors editors;
    private final Revisions revisions;
    private final LessonJson json;
    private final Clock clock;

    DraftRestore(Repositories.Courses courses, Repositories.Lessons lessons, CourseEditors editors, Revisions revisions,
                 LessonJson json, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.editors = editors;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Rolls the draft back to a published version; nothing published is changed. The draft is written over
     * whatever version it has, as a restore is meant to replace it.
     *
     * @throws NotFoundException when the course has no such version
     */
    @Transactional
    public void restoreIntoDraft(Editor editor, String courseSlug, Version version) {
        Course course = editors.course(editor, courseSlug);
        courses.lock(course.id());
        CourseRevision old = revisions.courseRevision(course.id(), version)
                .orElseThrow(() -> new NotFoundException("version " + version));
        Map<Long, LessonRevision> oldLessons = revisions.lessonRevisions(
                old.lessons().stream().map(CourseRevision.Entry::lessonRevisionId).toList());
        lessons.inDraft(course.id()).forEach(l -> lessons.setPosition(l.id(), null));
        Instant now = Instants.now(clock);
        for (CourseRevision.Entry entry : old.lessons()) {
            // a lesson the old version had is back in the draft at its old place
            LessonContent content = oldLessons.get(entry.lessonRevisionId()).content();
            LessonDraft draft = lessons.findById(entry.lessonId()).orElseThrow();
            lessons.updateDraft(draft.id(), content.title(), content.body(), content.minutes(), json.tasks(content.tasks()),
                    json.quiz(content.quiz()), json.topics(content.topicIds()), editor.accountId(), now, draft.draftVersion());
            lessons.setPosition(draft.id(), entry.position());
        }
        courses.updateSettings(course.id(), course.slug(), old.title(), old.summary(), old.level().name(), old.language(),
                old.exam().passMark(), old.exam().questionCount(), old.exam().attempts(), course.renewalWindowDays(),
                course.certificateValidMonths(), now, course.draftVersion());
        courses.clearTopics(course.id());
        old.topicIds().forEach(topicId -> courses.addTopic(course.id(), topicId));
    }
}
