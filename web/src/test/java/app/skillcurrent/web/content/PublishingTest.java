package app.skillcurrent.web.content;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.authoring.Authoring;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing turns drafts into immutable, numbered versions; what learners see only ever changes by a publish. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingTest implements DatabaseTest {

    @Inject
    AccountService accounts;
    @Inject
    Authoring authoring;
    @Inject
    Publishing publishing;
    @Inject
    Revisions revisions;
    @Inject
    Topics topics;

    private Fixtures fixtures;


    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(accounts, authoring);
    }

    private CourseRevision entryOf(Course course, Version version) {
        return revisions.courseRevision(course.id(), version).orElseThrow();
    }

    private static long revisionOf(CourseRevision revision, long lessonId) {
        return revision.lessons().stream().filter(e -> e.lessonId() == lessonId).findFirst().orElseThrow().lessonRevisionId();
    }

    @Test
    void versionsCountFromOnePointZeroAndFollowTheSeverity() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Intro", "First text"));

        assertEquals(new Version(1, 0), publishing.publish(editor, course.slug(), null, "First version").version());

        fixtures.save(editor, course, lesson.id(), Fixtures.content("Intro", "Typo fixed"));
        assertEquals(new Version(1, 1), publishing.publish(editor, course.slug(), Severity.MINOR, "Fixed a typo").version());

        fixtures.save(editor, course, lesson.id(), Fixtures.content("Intro", "The platform changed"));
        CourseRevision major = publishing.publish(editor, course.slug(), Severity.MAJOR, "Platform changed");
        assertEquals(new Version(2, 0), major.version());
        assertEquals(Severity.MAJOR, major.severity());

        List<Version> history = revisions.courseHistory(course.id()).stream().map(CourseRevision::version).toList();
        assertEquals(List.of(new Version(2, 0), new Version(1, 1), new Version(1, 0)), history);
    }

    @Test
    void publishingWithoutAnyChangeIsRefused() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));
        publishing.publish(editor, course.slug(), null, "First version");

        FieldRejectedException refused = assertThrows(FieldRejectedException.class,
                () -> publishing.publish(editor, course.slug(), Severity.MINOR, "Again"));
        assertEquals(Map.of("draft", "error.publish.nothingChanged"), refused.problems());
        assertEquals(1, revisions.courseHistory(course.id()).size(), "no empty version was recorded");
    }

    @Test
    void aChangeNoteIsRequired() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));

        FieldRejectedException missing = assertThrows(FieldRejectedException.class,
                () -> publishing.publish(editor, course.slug(), null, null));
        assertEquals("error.required", missing.problems().get("changeNote"));
        FieldRejectedException blank = assertThrows(FieldRejectedException.class,
                () -> publishing.publish(editor, course.slug(), null, "   "));
        assertEquals("error.required", blank.problems().get("changeNote"));
        assertTrue(revisions.courseHistory(course.id()).isEmpty());
    }

    @Test
    void aChangeNoteOverTwoThousandCharactersIsRefused() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));

        FieldRejectedException refused = assertThrows(FieldRejectedException.class,
                () -> publishing.publish(editor, course.slug(), null, "x".repeat(Publishing.MAX_CHANGE_NOTE + 1)));
        assertEquals("error.tooLong.2000", refused.problems().get("changeNote"));
        assertEquals(Version.FIRST, publishing.publish(editor, course.slug(), null, "x".repeat(Publishing.MAX_CHANGE_NOTE)).version());
    }

    @Test
    void afterTheFirstVersionTheEditorMustSayHowBigTheChangeIs() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));
        publishing.publish(editor, course.slug(), null, "First version");
        fixtures.save(editor, course, lesson.id(), Fixtures.content("Intro", "Better text"));

        FieldRejectedException refused = assertThrows(FieldRejectedException.class,
                () -> publishing.publish(editor, course.slug(), null, "Improved"));
        assertEquals(Map.of("severity", "error.publish.severity"), refused.problems());
    }

    @Test
    void anUnchangedLessonKeepsItsRevisionWhileAChangedOneGetsTheNextNumber() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft kept = fixtures.lesson(editor, course, Fixtures.content("Kept", "Stays the same"));
        LessonDraft edited = fixtures.lesson(editor, course, Fixtures.content("Edited", "Before"));
        CourseRevision first = publishing.publish(editor, course.slug(), null, "First version");

        fixtures.save(editor, course, edited.id(), Fixtures.content("Edited", "After"));
        CourseRevision second = publishing.publish(editor, course.slug(), Severity.MINOR, "Edited one lesson");

        assertEquals(revisionOf(first, kept.id()), revisionOf(second, kept.id()));
        assertNotEquals(revisionOf(first, edited.id()), revisionOf(second, edited.id()));
        LessonRevision newRevision = revisions.lessonRevision(revisionOf(second, edited.id())).orElseThrow();
        assertEquals(2, newRevision.number());
        assertEquals("After", newRevision.content().body());
        assertEquals(1, revisions.lessonHistory(kept.id()).size(), "the unchanged lesson has a single revision");
    }

    @Test
    void aPublishedRevisionIsNotChangedByLaterEditsAndPublishes() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonContent original = Fixtures.content("Intro", "The original words");
        LessonDraft lesson = fixtures.lesson(editor, course, original);
        long firstRevisionId = revisionOf(publishing.publish(editor, course.slug(), null, "First version"), lesson.id());

        fixtures.save(editor, course, lesson.id(), Fixtures.content("Intro renamed", "Completely new words"));
        assertEquals(original, revisions.lessonRevision(firstRevisionId).orElseThrow().content(),
                "saving a draft does not touch what is published");
        publishing.publish(editor, course.slug(), Severity.MINOR, "Rewrote the intro");

        LessonRevision reread = revisions.lessonRevision(firstRevisionId).orElseThrow();
        assertEquals(original, reread.content());
        assertEquals(1, reread.number());
        assertEquals(original, revisions.lessonRevision(revisionOf(entryOf(course, Version.FIRST), lesson.id()))
                .orElseThrow().content(), "version 1.0 still shows the original");
    }

    @Test
    void restoringAnOldVersionPublishesItsContentAsANewVersionAndLeavesHistoryAlone() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonContent original = Fixtures.content("Intro", "What we said first");
        LessonDraft lesson = fixtures.lesson(editor, course, original);
        CourseRevision v10 = publishing.publish(editor, course.slug(), null, "First version");
        LessonContent rewritten = Fixtures.content("Intro", "What we said next");
        fixtures.save(editor, course, lesson.id(), rewritten);
        CourseRevision v11 = publishing.publish(editor, course.slug(), Severity.MINOR, "Second thoughts");

        authoring.restoreIntoDraft(editor, course.slug(), Version.FIRST);
        assertEquals(original, authoring.contentOf(authoring.lesson(editor, course.slug(), lesson.id())),
                "the draft holds the old text again");
        CourseRevision v12 = publishing.publish(editor, course.slug(), Severity.MINOR, "Back to the first text");

        assertEquals(new Version(1, 2), v12.version());
        LessonRevision restored = revisions.lessonRevision(revisionOf(v12, lesson.id())).orElseThrow();
        assertEquals(original, restored.content());
        assertEquals(3, restored.number(), "the old content is published as a new lesson revision");
        assertNotEquals(revisionOf(v10, lesson.id()), restored.id());
        assertEquals(original, revisions.lessonRevision(revisionOf(v10, lesson.id())).orElseThrow().content());
        assertEquals(rewritten, revisions.lessonRevision(revisionOf(v11, lesson.id())).orElseThrow().content());
        assertEquals(List.of(new Version(1, 2), new Version(1, 1), new Version(1, 0)),
                revisions.courseHistory(course.id()).stream().map(CourseRevision::version).toList());
    }

    @Test
    void anExamDrawingMoreQuestionsThanTheQuizzesHoldIsRefused() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));
        authoring.updateSettings(editor, course.slug(), new CourseSettings(course.title(), course.slug(), "Summary",
                Level.BEGINNER, "en", Set.of(), 80, 2, 3, 90, null), course.draftVersion());

        FieldRejectedException refused = assertThrows(FieldRejectedException.class,
                () -> publishing.publish(editor, course.slug(), null, "First version"));
        assertEquals("error.publish.notEnoughQuestions", refused.problems().get("examQuestionCount"));
        assertTrue(revisions.courseHistory(course.id()).isEmpty());
    }

    @Test
    void aLessonWithMoreThanFourTasksIsNotSaved() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));
        List<LessonTask> five = Collections.nCopies(5, new LessonTask(TaskKind.CHECK, "Do it"));
        LessonContent tooMany = new LessonContent("Intro", "Text", 10, five, List.of(), Set.of());

        assertRefused(editor, course, lesson, tooMany, "tasks", "error.lesson.tooManyTasks");
    }

    @Test
    void aQuizQuestionWithoutACorrectAnswerIsNotSaved() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));
        QuizQuestion noCorrect = new QuizQuestion("q1", "Which?", List.of(new QuizOption("a", "One", false),
                new QuizOption("b", "Two", false)), "Neither, it seems.");
        LessonContent content = new LessonContent("Intro", "Text", 10, List.of(), List.of(noCorrect), Set.of());

        assertRefused(editor, course, lesson, content, "q0", "error.quiz.noCorrect");
    }

    @Test
    void aLessonOnAnUnknownTopicIsNotSaved() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));
        long known = topics.bySlug("tiktok-shop").orElseThrow().id();
        LessonContent content = Fixtures.content("Intro", "Text", Set.of(known, 987_654_321L), List.of());

        assertRefused(editor, course, lesson, content, "topics", "error.lesson.unknownTopic");
    }

    @Test
    void aBodyOverTwoHundredKilobytesIsNotSavedCountingBytesNotCharacters() {
        Editor editor = fixtures.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, Fixtures.content("Intro", "Text"));

        String atTheLimit = "a".repeat(200 * 1024);
        fixtures.save(editor, course, lesson.id(), Fixtures.content("Intro", atTheLimit));
        assertEquals(atTheLimit, authoring.lesson(editor, course.slug(), lesson.id()).body());

        LessonDraft saved = authoring.lesson(editor, course.slug(), lesson.id());
        assertRefused(editor, course, saved, Fixtures.content("Intro", atTheLimit + "a"), "body", "error.lesson.bodyTooLarge");
        // 102,401 characters, but each takes two bytes in UTF-8
        assertRefused(editor, course, saved, Fixtures.content("Intro", "é".repeat(102_401)), "body", "error.lesson.bodyTooLarge");
    }

    private void assertRefused(Editor editor, Course course, LessonDraft lesson, LessonContent content, String field,
                               String messageKey) {
        FieldRejectedException refused = assertThrows(FieldRejectedException.class,
                () -> authoring.saveLesson(editor, course.slug(), lesson.id(), content, lesson.draftVersion()));
        assertEquals(messageKey, refused.problems().get(field), () -> "problems: " + refused.problems());
        LessonDraft after = authoring.lesson(editor, course.slug(), lesson.id());
        assertEquals(lesson.draftVersion(), after.draftVersion(), "nothing was written");
        assertEquals(lesson.body(), after.body());
    }

    @Test
    void anInstructorOfAnotherCourseCanNeitherOpenNorEditNorPublishIt() {
        Editor owner = fixtures.instructor();
        Editor stranger = fixtures.instructor();
        Course course = fixtures.course(owner);
        LessonDraft lesson = fixtures.lesson(owner, course, Fixtures.content("Intro", "Owner's text"));

        assertThrows(NotAllowedException.class, () -> authoring.course(stranger, course.slug()));
        assertThrows(NotAllowedException.class, () -> authoring.saveLesson(stranger, course.slug(), lesson.id(),
                Fixtures.content("Intro", "Stranger's text"), lesson.draftVersion()));
        assertThrows(NotAllowedException.class, () -> publishing.publish(stranger, course.slug(), null, "Hijack"));

        assertEquals("Owner's text", authoring.lesson(owner, course.slug(), lesson.id()).body());
        assertTrue(revisions.courseHistory(course.id()).isEmpty());
        assertTrue(authoring.editableCourses(stranger).isEmpty());
    }

    @Test
    void anAdminCanEditAndPublishAnyCourse() {
        Editor owner = fixtures.instructor();
        Editor admin = fixtures.admin();
        Course course = fixtures.course(owner);
        LessonDraft lesson = fixtures.lesson(owner, course, Fixtures.content("Intro", "Owner's text"));

        assertEquals(course.id(), authoring.course(admin, course.slug()).id());
        fixtures.save(admin, course, lesson.id(), Fixtures.content("Intro", "Corrected by an admin"));
        CourseRevision published = publishing.publish(admin, course.slug(), null, "Published by an admin");

        assertEquals(Version.FIRST, published.version());
        assertEquals("Corrected by an admin",
                revisions.lessonRevision(revisionOf(published, lesson.id())).orElseThrow().content().body());
        assertTrue(authoring.editableCourses(admin).stream().anyMatch(c -> c.id().equals(course.id())));
    }
}
