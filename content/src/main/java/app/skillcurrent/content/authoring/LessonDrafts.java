package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonJson;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.topic.Topics;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The working copies of a course's lessons: adding a lesson to the draft, reading it, saving it. Saving uses
 * optimistic locking on {@code draft_version}: a save based on an older version writes nothing.
 */
@Singleton
public class LessonDrafts {

    private final Repositories.Courses courses;
    private final Repositories.Lessons lessons;
    private final CourseEditors editors;
    private final LessonJson json;
    private final Topics topics;
    private final Clock clock;

    LessonDrafts(Repositories.Courses courses, Repositories.Lessons lessons, CourseEditors editors, LessonJson json,
                 Topics topics, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.editors = editors;
        this.json = json;
        this.topics = topics;
        this.clock = clock;
    }

    /** The lessons of the draft, in order. */
    public List<LessonDraft> draftLessons(Course course) {
        return lessons.inDraft(course.id());
    }

    /** Appends an empty lesson with this title to the draft. */
    @Transactional
    public LessonDraft addLesson(Editor editor, String courseSlug,
                                 @NotBlank(message = "error.required") @Size(max = LessonRules.MAX_TITLE, message = "error.tooLong.150")
                                 String title) {
        Course course = editors.course(editor, courseSlug);
        // the course row's lock makes lessons added at the same moment take consecutive places
        courses.lock(course.id());
        Instant now = Instants.now(clock);
        return lessons.save(new LessonDraft(null, course.id(), lessons.maxPosition(course.id()) + 1, title.strip(),
                "", 10, "[]", "[]", "[]", 0, editor.accountId(), now, now));
    }

    /**
     * A lesson of the course, in the draft or removed from it.
     *
     * @throws NotFoundException when the course has no such lesson
     */
    public LessonDraft lesson(Editor editor, String courseSlug, long lessonId) {
        Course course = editors.course(editor, courseSlug);
        return lessons.findById(lessonId).filter(l -> l.courseId() == course.id())
                .orElseThrow(() -> new NotFoundException("lesson " + lessonId));
    }

    public LessonContent contentOf(LessonDraft draft) {
        return new LessonContent(draft.title(), draft.body(), draft.minutes(), json.tasks(draft.tasksJson()),
                json.quiz(draft.quizJson()), json.topics(draft.topicsJson()));
    }

    /**
     * Saves a lesson draft.
     *
     * @throws FieldRejectedException when the content breaks {@link LessonRules}
     * @throws DraftConflictException  when someone saved the draft since {@code expectedVersion}; nothing
     *                                 is written
     */
    @Transactional
    public LessonDraft saveLesson(Editor editor, String courseSlug, long lessonId, LessonContent content,
                                  int expectedVersion) {
        LessonDraft draft = lesson(editor, courseSlug, lessonId);
        Map<String, String> problems = LessonRules.problems(content, topics.ids());
        if (!problems.isEmpty()) {
            throw new FieldRejectedException(problems);
        }
        int updated = lessons.updateDraft(draft.id(), content.title().strip(), content.body(), content.minutes(),
                json.tasks(content.tasks()), json.quiz(content.quiz()), json.topics(content.topicIds()),
                editor.accountId(), Instants.now(clock), expectedVersion);
        if (updated == 0) {
            throw new DraftConflictException(lessons.findById(lessonId).orElseThrow());
        }
        return lessons.findById(lessonId).orElseThrow();
    }
}
