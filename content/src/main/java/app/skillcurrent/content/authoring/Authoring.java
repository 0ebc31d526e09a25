package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.support.FieldProblems;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonJson;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The instructor's side of courses: creating them, editing drafts and the lesson order, restoring an old
 * version into the draft. Only a course's instructors and platform admins may touch it; drafts are never
 * shown to learners (they read published revisions only).
 */
@Singleton
public class Authoring {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Set<String> LANGUAGES = Set.of("en", "de", "da");

    private final Repositories.Courses courses;
    private final Repositories.Lessons lessons;
    private final LessonJson json;
    private final Topics topics;
    private final Revisions revisions;
    private final Clock clock;

    Authoring(Repositories.Courses courses, Repositories.Lessons lessons, LessonJson json, Topics topics,
              Revisions revisions, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.json = json;
        this.topics = topics;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Creates an unpublished course whose first instructor is its creator. */
    @Transactional
    public Course createCourse(Editor editor, String slug, String title, String language) {
        if (!editor.instructor() && !editor.admin()) {
            throw new NotAllowedException();
        }
        FieldProblems problems = new FieldProblems();
        checkSlug(slug, problems);
        if (slug != null && courses.existsBySlug(slug)) {
            problems.add("slug", "error.course.slugTaken");
        }
        checkTitle(title, problems);
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add("language", "error.locale.unsupported");
        }
        problems.throwIfAny();
        Instant now = now();
        Course course = courses.save(new Course(null, slug, title.strip(), "", Level.BEGINNER, language, 80, 10, 3,
                90, null, 0, null, editor.accountId(), now, now));
        courses.addInstructor(course.id(), editor.accountId());
        return course;
    }

    /** The courses this editor may edit: their own, or all for an admin. */
    public List<Course> editableCourses(Editor editor) {
        return editor.admin() ? courses.allByTitle() : courses.taughtBy(editor.accountId());
    }

    public Course course(Editor editor, String slug) {
        Course course = courses.findBySlug(slug == null ? "" : slug).orElseThrow(() -> new NotFoundException("course " + slug));
        requireEditable(editor, course);
        return course;
    }

    public boolean canEdit(Editor editor, long courseId) {
        return editor.admin() || courses.instructorRows(courseId, editor.accountId()) > 0;
    }

    public Set<Long> draftTopics(Course course) {
        return Set.copyOf(courses.topicIds(course.id()));
    }

    /**
     * Saves the course settings.
     *
     * @throws SettingsConflictException when someone saved them since {@code expectedVersion}
     */
    @Transactional
    public Course updateSettings(Editor editor, String slug, CourseSettings settings, int expectedVersion) {
        Course course = course(editor, slug);
        FieldProblems problems = new FieldProblems();
        checkTitle(settings.title(), problems);
        checkSlug(settings.slug(), problems);
        if (settings.slug() != null && !settings.slug().equals(course.slug()) && courses.existsBySlug(settings.slug())) {
            problems.add("slug", "error.course.slugTaken");
        }
        if (settings.summary() == null || settings.summary().length() > 500) {
            problems.add("summary", "error.tooLong.500");
        }
        if (settings.level() == null) {
            problems.add("level", "error.required");
        }
        if (settings.language() == null || !LANGUAGES.contains(settings.language())) {
            problems.add("language", "error.locale.unsupported");
        }
        if (!knownTopicIds().containsAll(settings.topicIds())) {
            problems.add("topics", "error.lesson.unknownTopic");
        }
        if (settings.examPassMark() < 1 || settings.examPassMark() > 100) {
            problems.add("examPassMark", "error.course.passMark");
        }
        if (settings.examQuestionCount() < 1 || settings.examQuestionCount() > 100) {
            problems.add("examQuestionCount", "error.course.questionCount");
        }
        if (settings.examAttempts() < 1 || settings.examAttempts() > 20) {
            problems.add("examAttempts", "error.course.attempts");
        }
        if (settings.renewalWindowDays() < 7 || settings.renewalWindowDays() > 730) {
            problems.add("renewalWindowDays", "error.course.renewalWindow");
        }
        if (settings.certificateValidMonths() != null
                && (settings.certificateValidMonths() < 1 || settings.certificateValidMonths() > 120)) {
            problems.add("certificateValidMonths", "error.course.validity");
        }
        problems.throwIfAny();
        int updated = courses.updateSettings(course.id(), settings.slug(), settings.title().strip(),
                settings.summary().strip(), settings.level().name(), settings.language(), settings.examPassMark(),
                settings.examQuestionCount(), settings.examAttempts(), settings.renewalWindowDays(),
                settings.certificateValidMonths(), now(), expectedVersion);
        if (updated == 0) {
            throw new SettingsConflictException();
        }
        courses.clearTopics(course.id());
        settings.topicIds().forEach(topicId -> courses.addTopic(course.id(), topicId));
        return courses.findById(course.id()).orElseThrow();
    }

    /** The lessons of the draft, in order. */
    public List<LessonDraft> draftLessons(Course course) {
        return lessons.inDraft(course.id());
    }

    @Transactional
    public LessonDraft addLesson(Editor editor, String courseSlug, String title) {
        Course course = course(editor, courseSlug);
        FieldProblems problems = new FieldProblems();
        checkTitle(title, problems);
        problems.throwIfAny();
        courses.lock(course.id());
        Instant now = now();
        return lessons.save(new LessonDraft(null, course.id(), lessons.maxPosition(course.id()) + 1, title.strip(),
                "", 10, "[]", "[]", "[]", 0, editor.accountId(), now, now));
    }

    public LessonDraft lesson(Editor editor, String courseSlug, long lessonId) {
        Course course = course(editor, courseSlug);
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
        Map<String, String> problems = LessonRules.problems(content, knownTopicIds());
        if (!problems.isEmpty()) {
            throw new FieldRejectedException(problems);
        }
        int updated = lessons.updateDraft(draft.id(), content.title().strip(), content.body(), content.minutes(),
                json.tasks(content.tasks()), json.quiz(content.quiz()), json.topics(content.topicIds()),
                editor.accountId(), now(), expectedVersion);
        if (updated == 0) {
            throw new DraftConflictException(lessons.findById(lessonId).orElseThrow());
        }
        return lessons.findById(lessonId).orElseThrow();
    }

    /** Moves a lesson one place up ({@code -1}) or down ({@code +1}) in the draft order. */
    @Transactional
    public void moveLesson(Editor editor, String courseSlug, long lessonId, int direction) {
        Course course = course(editor, courseSlug);
        courses.lock(course.id());
        List<LessonDraft> order = lessons.inDraft(course.id());
        int index = indexOf(order, lessonId);
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= order.size()) {
            return;
        }
        LessonDraft a = order.get(index);
        LessonDraft b = order.get(other);
        // positions are unique per course, so one lesson steps aside while the other takes its place
        lessons.setPosition(a.id(), null);
        lessons.setPosition(b.id(), a.position());
        lessons.setPosition(a.id(), b.position());
    }

    /**
     * Sets the whole draft order: these lessons of the course, in this order; lessons not listed leave the
     * draft.
     */
    @Transactional
    public void reorder(Editor editor, String courseSlug, List<Long> lessonIds) {
        Course course = course(editor, courseSlug);
        courses.lock(course.id());
        for (long lessonId : lessonIds) {
            lessons.findById(lessonId).filter(l -> l.courseId() == course.id())
                    .orElseThrow(() -> new NotFoundException("lesson " + lessonId));
        }
        lessons.inDraft(course.id()).forEach(l -> lessons.setPosition(l.id(), null));
        for (int i = 0; i < lessonIds.size(); i++) {
            lessons.setPosition(lessonIds.get(i), i + 1);
        }
    }

    /** Takes a lesson out of the draft; published versions and learners' progress keep referring to it. */
    @Transactional
    public void removeLesson(Editor editor, String courseSlug, long lessonId) {
        Course course = course(editor, courseSlug);
        courses.lock(course.id());
        indexOf(lessons.inDraft(course.id()), lessonId);
        lessons.setPosition(lessonId, null);
    }

    /**
     * Rolls the draft back to a published version: its settings, lesson order and lesson texts. Publishing
     * the draft then makes the old content a new revision; nothing published is changed.
     */
    @Transactional
    public void restoreIntoDraft(Editor editor, String courseSlug, Version version) {
        Course course = course(editor, courseSlug);
        courses.lock(course.id());
        CourseRevision old = revisions.courseRevision(course.id(), version)
                .orElseThrow(() -> new NotFoundException("version " + version));
        Map<Long, LessonRevision> oldLessons = revisions.lessonRevisions(
                old.lessons().stream().map(CourseRevision.Entry::lessonRevisionId).toList());
        lessons.inDraft(course.id()).forEach(l -> lessons.setPosition(l.id(), null));
        Instant now = now();
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

    /** Adds another instructor to a course (admins, or the course's instructors). */
    @Transactional
    public void addInstructor(Editor editor, String courseSlug, long accountId) {
        Course course = course(editor, courseSlug);
        courses.addInstructor(course.id(), accountId);
    }

    private void requireEditable(Editor editor, Course course) {
        if (!canEdit(editor, course.id())) {
            throw new NotAllowedException();
        }
    }

    Set<Long> knownTopicIds() {
        return topics.all().stream().map(Topic::id).collect(Collectors.toSet());
    }

    private static int indexOf(List<LessonDraft> order, long lessonId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == lessonId) {
                return i;
            }
        }
        throw new NotFoundException("lesson " + lessonId);
    }

    private static void checkSlug(String slug, FieldProblems problems) {
        if (slug == null || slug.isBlank()) {
            problems.add("slug", "error.required");
        } else if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            problems.add("slug", "error.course.slug");
        }
    }

    private static void checkTitle(String title, FieldProblems problems) {
        if (title == null || title.isBlank()) {
            problems.add("title", "error.required");
        } else if (title.length() > LessonRules.MAX_TITLE) {
            problems.add("title", "error.tooLong.150");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
