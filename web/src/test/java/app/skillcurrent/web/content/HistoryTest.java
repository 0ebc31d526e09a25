package app.skillcurrent.web.content;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.Authoring;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.diff.WordDiff;
import app.skillcurrent.content.diff.WordDiff.Kind;
import app.skillcurrent.content.diff.WordDiff.Segment;
import app.skillcurrent.content.revision.CourseChangelog;
import app.skillcurrent.content.revision.History;
import app.skillcurrent.content.revision.LessonDiff;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.QuizChanges;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What instructors read to see what changed: word diffs of a lesson and the changelog between two versions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryTest implements DatabaseTest {

    @Inject
    AccountService accounts;
    @Inject
    Authoring authoring;
    @Inject
    Publishing publishing;
    @Inject
    History history;

    private Fixtures fixtures;


    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(accounts, authoring);
    }

    private static String text(List<Segment> segments, Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).map(Segment::text).collect(Collectors.joining("|"));
    }

    private static String reading(List<Segment> segments, Kind skipped) {
        return segments.stream().filter(s -> s.kind() != skipped).map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void theLessonDiffMarksDeletedAndInsertedWords() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        String before = "Post three times a week at noon.";
        String after = "Post five times a week at noon and reply to comments.";
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Posting rhythm", before));
        publishing.publish(editor, course.slug(), null, "First version");
        fixtures.save(editor, course, lesson.id(), Fixtures.content("Posting rhythm", after));
        publishing.publish(editor, course.slug(), Severity.MINOR, "New advice");

        LessonDiff diff = history.lessonDiff(lesson.id(), 1, 2);

        assertEquals(1, diff.from().number());
        assertEquals(2, diff.to().number());
        assertTrue(text(diff.body(), Kind.DELETED).contains("three"), () -> "deleted: " + diff.body());
        assertFalse(text(diff.body(), Kind.DELETED).contains("five"));
        assertTrue(text(diff.body(), Kind.INSERTED).contains("five"), () -> "inserted: " + diff.body());
        assertTrue(text(diff.body(), Kind.INSERTED).contains("reply to comments"));
        assertTrue(text(diff.body(), Kind.SAME).contains("times a week at noon"));
        assertEquals(before, reading(diff.body(), Kind.INSERTED), "unchanged and deleted text give the old version");
        assertEquals(after, reading(diff.body(), Kind.DELETED), "unchanged and inserted text give the new version");
        assertFalse(WordDiff.changed(diff.title()), "the title stayed the same");
        assertFalse(diff.minutesChanged());
        assertFalse(diff.topicsChanged());
    }

    @Test
    void aDiffWithARevisionThatDoesNotExistIsNotFound() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Only once", "Text"));
        publishing.publish(editor, course.slug(), null, "First version");

        assertThrows(NotFoundException.class, () -> history.lessonDiff(lesson.id(), 1, 2));
    }

    @Test
    void theChangelogListsAddedRemovedAndChangedLessonsWithTheirQuizChanges() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        QuizQuestion kept = Fixtures.question("kept", "Which format works best?");
        QuizQuestion reworded = Fixtures.question("reworded", "How long should a clip be?");
        QuizQuestion dropped = Fixtures.question("dropped", "Is the old feature still there?");
        LessonDraft changed = fixtures.lesson(editor, course, Fixtures.content("Changing", "Body",
                Set.of(), List.of(kept, reworded, dropped)));
        LessonDraft removed = fixtures.lesson(editor, course, Fixtures.content("Leaving", "Body"));
        LessonDraft untouched = fixtures.lesson(editor, course, Fixtures.content("Untouched", "Body"));
        publishing.publish(editor, course.slug(), null, "First version");

        QuizQuestion rewordedNow = new QuizQuestion("reworded", "How long should a clip be now?",
                List.of(new QuizOption("a", "Under a minute", true), new QuizOption("b", "Ten minutes", false)),
                "Shorter clips are finished more often.");
        QuizQuestion added = Fixtures.question("added", "What replaced the old feature?");
        fixtures.save(editor, course, changed.id(), Fixtures.content("Changing", "Body",
                Set.of(), List.of(kept, rewordedNow, added)));
        authoring.removeLesson(editor, course.slug(), removed.id());
        LessonDraft newLesson = fixtures.lesson(editor, course, Fixtures.content("Arriving", "Body"));
        publishing.publish(editor, course.slug(), Severity.MAJOR, "Platform update");

        CourseChangelog log = history.changelog(course.id(), Version.FIRST, new Version(2, 0));

        assertEquals(List.of(newLesson.id()), log.added().stream().map(LessonRevision::lessonId).toList());
        assertEquals(List.of(removed.id()), log.removed().stream().map(LessonRevision::lessonId).toList());
        assertEquals(List.of(changed.id()), log.changed().stream().map(c -> c.to().lessonId()).toList(),
                "the untouched lesson (" + untouched.id() + ") is not listed as changed");
        CourseChangelog.Changed change = log.changed().get(0);
        assertEquals(1, change.from().number());
        assertEquals(2, change.to().number());
        QuizChanges quiz = change.quiz();
        assertEquals(List.of("added"), quiz.added().stream().map(QuizQuestion::key).toList());
        assertEquals(List.of("dropped"), quiz.removed().stream().map(QuizQuestion::key).toList());
        assertEquals(List.of("reworded"), quiz.changed().stream().map(QuizQuestion::key).toList());
        assertFalse(log.settingsChanged());
        assertFalse(log.reordered(), "removing and appending lessons is not a reorder");
        assertFalse(log.isEmpty());
    }

    @Test
    void theChangelogNoticesAReorder() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft first = fixtures.lesson(editor, course, Fixtures.content("First", "Body"));
        LessonDraft second = fixtures.lesson(editor, course, Fixtures.content("Second", "Body"));
        publishing.publish(editor, course.slug(), null, "First version");
        authoring.reorder(editor, course.slug(), List.of(second.id(), first.id()));
        publishing.publish(editor, course.slug(), Severity.MINOR, "Better order");

        CourseChangelog log = history.changelog(course.id(), Version.FIRST, new Version(1, 1));

        assertTrue(log.reordered());
        assertTrue(log.added().isEmpty());
        assertTrue(log.removed().isEmpty());
        assertTrue(log.changed().isEmpty(), "moving a lesson does not change its content");
    }
}
