package app.skillcurrent.content.authoring;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.ExamSettings;
import app.skillcurrent.content.support.FieldProblems;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.content.topic.Topics;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a course draft into a published course revision. Lessons whose draft differs from their latest
 * revision get a new lesson revision; unchanged lessons keep theirs (and so their review dates and learners'
 * completion). The course row is locked for the duration, so two instructors publishing at once get two
 * consecutive versions, never the same one twice.
 */
@Singleton
public class Publishing {

    public static final int MAX_CHANGE_NOTE = 2000;

    private final CourseEditors editors;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;
    private final Topics topics;
    private final Repositories.Courses courses;
    private final Revisions revisions;
    private final ApplicationEventPublisher<CoursePublished> events;
    private final Clock clock;

    Publishing(CourseEditors editors, CourseDrafts courseDrafts, LessonDrafts lessonDrafts, Topics topics,
               Repositories.Courses courses, Revisions revisions, ApplicationEventPublisher<CoursePublished> events,
               Clock clock) {
        this.editors = editors;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
        this.topics = topics;
        this.courses = courses;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the draft as the next version: {@code 1.0} the first time, then {@code x.(y+1)} for MINOR and
     * {@code (x+1).0} for MAJOR.
     *
     * @throws FieldRejectedException when the draft cannot be published
     *         (field {@code changeNote}, {@code severity}, {@code lessons}, {@code examQuestionCount}, or a
     *         lesson's problems under {@code lesson.<id>}), or when nothing changed ({@code draft})
     */
    public CourseRevision publish(Editor editor, String courseSlug, Severity severity, String changeNote) {
        return publishAsOf(editor, courseSlug, severity, changeNote, clock.instant());
    }

    /**
     * Publishes with a given publication time: for importing content that was published elsewhere, so its
     * history and review dates keep their real dates.
     */
    @Transactional
    public CourseRevision publishAsOf(Editor editor, String courseSlug, Severity severity, String changeNote,
                                      Instant publishedAt) {
        Course course = editors.course(editor, courseSlug);
        course = courses.lock(course.id()).orElseThrow(() -> new NotFoundException("course " + courseSlug));
        Optional<CourseRevision> current = Optional.ofNullable(course.currentRevisionId()).flatMap(revisions::courseRevision);
        List<LessonDraft> drafts = lessonDrafts.draftLessons(course);

        FieldProblems problems = new FieldProblems();
        if (changeNote == null || changeNote.isBlank()) {
            problems.add("changeNote", "error.required");
        } else if (changeNote.length() > MAX_CHANGE_NOTE) {
            problems.add("changeNote", "error.tooLong.2000");
        }
        if (current.isPresent() && severity == null) {
            problems.add("severity", "error.publish.severity");
        }
        if (drafts.isEmpty()) {
            problems.add("lessons", "error.publish.noLessons");
        }
        Set<Long> knownTopics = topics.ids();
        int questions = 0;
        for (LessonDraft draft : drafts) {
            LessonContent content = lessonDrafts.contentOf(draft);
            questions += content.quiz().size();
            Map<String, String> lessonProblems = LessonRules.problems(content, knownTopics);
            if (!lessonProblems.isEmpty()) {
                problems.add("lesson." + draft.id(), lessonProblems.values().iterator().next());
            }
        }
        if (!drafts.isEmpty() && course.examQuestionCount() > questions) {
            problems.add("examQuestionCount", "error.publish.notEnoughQuestions");
        }
        problems.throwIfAny();

        Instant now = publishedAt.truncatedTo(ChronoUnit.MICROS);
        List<CourseRevision.Entry> entries = new ArrayList<>();
        boolean lessonsChanged = false;
        int position = 1;
        for (LessonDraft draft : drafts) {
            LessonContent content = lessonDrafts.contentOf(draft);
            Optional<LessonRevision> latest = revisions.latestLessonRevision(draft.id());
            LessonRevision revision;
            if (latest.isPresent() && latest.get().content().equals(content)) {
                revision = latest.get();
            } else {
                revision = revisions.appendLessonRevision(draft.id(), content, editor.accountId(), now);
            }
            entries.add(new CourseRevision.Entry(position++, draft.id(), revision.id()));
            lessonsChanged |= current.map(c -> !c.lessons().contains(entriesLast(entries))).orElse(true);
        }
        Set<Long> courseTopics = courseDrafts.draftTopics(course);
        ExamSettings exam = new ExamSettings(course.examPassMark(), course.examQuestionCount(), course.examAttempts());
        if (current.isPresent() && !lessonsChanged && sameSettings(current.get(), course, exam, courseTopics, entries)) {
            throw new FieldRejectedException("draft", "error.publish.nothingChanged");
        }
        Version version = current.map(c -> c.version().next(severity)).orElse(Version.FIRST);
        Severity recorded = current.isPresent() ? severity : Severity.MAJOR;
        CourseRevision published = revisions.appendCourseRevision(course.id(), version, recorded, changeNote.strip(),
                course.title(), course.summary(), course.level(), course.language(), exam, entries, courseTopics,
                editor.accountId(), now);
        courses.setCurrentRevision(course.id(), published.id(), now);
        events.publishEvent(new CoursePublished(course.id(), published.id(), version, recorded));
        return published;
    }

    private static CourseRevision.Entry entriesLast(List<CourseRevision.Entry> entries) {
        return entries.get(entries.size() - 1);
    }

    private static boolean sameSettings(CourseRevision current, Course course, ExamSettings exam, Set<Long> topics,
                                        List<CourseRevision.Entry> entries) {
        return current.title().equals(course.title()) && current.summary().equals(course.summary())
                && current.level() == course.level() && current.language().equals(course.language())
                && current.exam().equals(exam) && current.topicIds().equals(topics)
                && current.lessons().equals(entries);
    }
}
