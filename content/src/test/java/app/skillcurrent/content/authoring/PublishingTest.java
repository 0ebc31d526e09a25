package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
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
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentPeople;
import app.skillcurrent.content.fixture.ContentServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** Publishing turns drafts into immutable, numbered versions; what learners see only ever changes by a publish. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingTest implements ContentServiceTest {

    @Inject
    ContentPeople people;
    @Inject
    ContentFixtures fixtures;
    @Inject
    CourseEditors courseEditors;
    @Inject
    CourseDrafts courseDrafts;
    @Inject
    LessonDrafts lessonDrafts;
    @Inject
    DraftRestore draftRestore;
    @Inject
    Publishing publishing;
    @Inject
    Revisions revisions;
    @Inject
    Topics topics;

    private CourseRevision entryOf(Course course, Version version) {
        return revisions.courseRevision(course.id(), version).orElseThrow();
    }

    private static long revisionOf(CourseRevision revision, long lessonId) {
        return revision.lessons().stream().filter(e -> e.lessonId() == lessonId).findFirst().orElseThrow().lessonRevisionId();
    }

    /** The field problems of a refused call; fails when the call is not refused. */
    private static Map<String, String> problemsOf(ThrowingCallable call) {
        FieldRejectedException refused = catchThrowableOfType(FieldRejectedException.class, call);
        assertThat(refused).as("refused with a message per field").isNotNull();
        return refused.problems();
    }

    @Test
    void versionsCountFromOnePointZeroAndFollowTheSeverity() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Intro", "First text"));

        assertThat(publishing.publish(editor, course.slug(), null, "First version").version()).isEqualTo(new Version(1, 0));

        fixtures.save(editor, course, lesson.id(), ContentFixtures.content("Intro", "Typo fixed"));
        assertThat(publishing.publish(editor, course.slug(), Severity.MINOR, "Fixed a typo").version()).isEqualTo(new Version(1, 1));

        fixtures.save(editor, course, lesson.id(), ContentFixtures.content("Intro", "The platform changed"));
        CourseRevision major = publishing.publish(editor, course.slug(), Severity.MAJOR, "Platform changed");
        assertThat(major.version()).isEqualTo(new Version(2, 0));
        assertThat(major.severity()).isEqualTo(Severity.MAJOR);

        List<Version> history = revisions.courseHistory(course.id()).stream().map(CourseRevision::version).toList();
        assertThat(history).containsExactly(new Version(2, 0), new Version(1, 1), new Version(1, 0));
    }

    @Test
    void publishingWithoutAnyChangeIsRefused() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));
        publishing.publish(editor, course.slug(), null, "First version");

        Map<String, String> refused = problemsOf(() -> publishing.publish(editor, course.slug(), Severity.MINOR, "Again"));
        assertThat(refused).containsExactly(entry("draft", "error.publish.nothingChanged"));
        assertThat(revisions.courseHistory(course.id())).as("no empty version was recorded").hasSize(1);
    }

    @Test
    void aChangeNoteIsRequired() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));

        Map<String, String> missing = problemsOf(() -> publishing.publish(editor, course.slug(), null, null));
        assertThat(missing).containsEntry("changeNote", "error.required");
        Map<String, String> blank = problemsOf(() -> publishing.publish(editor, course.slug(), null, "   "));
        assertThat(blank).containsEntry("changeNote", "error.required");
        assertThat(revisions.courseHistory(course.id())).isEmpty();
    }

    @Test
    void aChangeNoteOverTwoThousandCharactersIsRefused() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));

        Map<String, String> refused = problemsOf(
                () -> publishing.publish(editor, course.slug(), null, "x".repeat(Publishing.MAX_CHANGE_NOTE + 1)));
        assertThat(refused).containsEntry("changeNote", "error.tooLong.2000");
        assertThat(publishing.publish(editor, course.slug(), null, "x".repeat(Publishing.MAX_CHANGE_NOTE)).version())
                .isEqualTo(Version.FIRST);
    }

    @Test
    void afterTheFirstVersionTheEditorMustSayHowBigTheChangeIs() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));
        publishing.publish(editor, course.slug(), null, "First version");
        fixtures.save(editor, course, lesson.id(), ContentFixtures.content("Intro", "Better text"));

        Map<String, String> refused = problemsOf(() -> publishing.publish(editor, course.slug(), null, "Improved"));
        assertThat(refused).containsExactly(entry("severity", "error.publish.severity"));
    }

    @Test
    void anUnchangedLessonKeepsItsRevisionWhileAChangedOneGetsTheNextNumber() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft kept = fixtures.lesson(editor, course, ContentFixtures.content("Kept", "Stays the same"));
        LessonDraft edited = fixtures.lesson(editor, course, ContentFixtures.content("Edited", "Before"));
        CourseRevision first = publishing.publish(editor, course.slug(), null, "First version");

        fixtures.save(editor, course, edited.id(), ContentFixtures.content("Edited", "After"));
        CourseRevision second = publishing.publish(editor, course.slug(), Severity.MINOR, "Edited one lesson");

        assertThat(revisionOf(second, kept.id())).isEqualTo(revisionOf(first, kept.id()));
        assertThat(revisionOf(second, edited.id())).isNotEqualTo(revisionOf(first, edited.id()));
        LessonRevision newRevision = revisions.lessonRevision(revisionOf(second, edited.id())).orElseThrow();
        assertThat(newRevision.number()).isEqualTo(2);
        assertThat(newRevision.content().body()).isEqualTo("After");
        assertThat(revisions.lessonHistory(kept.id())).as("the unchanged lesson has a single revision").hasSize(1);
    }

    @Test
    void aPublishedRevisionIsNotChangedByLaterEditsAndPublishes() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonContent original = ContentFixtures.content("Intro", "The original words");
        LessonDraft lesson = fixtures.lesson(editor, course, original);
        long firstRevisionId = revisionOf(publishing.publish(editor, course.slug(), null, "First version"), lesson.id());

        fixtures.save(editor, course, lesson.id(), ContentFixtures.content("Intro renamed", "Completely new words"));
        assertThat(revisions.lessonRevision(firstRevisionId).orElseThrow().content()).as("saving a draft does not touch what is published")
                .isEqualTo(original);
        publishing.publish(editor, course.slug(), Severity.MINOR, "Rewrote the intro");

        LessonRevision reread = revisions.lessonRevision(firstRevisionId).orElseThrow();
        assertThat(reread.content()).isEqualTo(original);
        assertThat(reread.number()).isEqualTo(1);
        assertThat(revisions.lessonRevision(revisionOf(entryOf(course, Version.FIRST), lesson.id()))
                .orElseThrow().content()).as("version 1.0 still shows the original").isEqualTo(original);
    }

    @Test
    void restoringAnOldVersionPublishesItsContentAsANewVersionAndLeavesHistoryAlone() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonContent original = ContentFixtures.content("Intro", "What we said first");
        LessonDraft lesson = fixtures.lesson(editor, course, original);
        CourseRevision v10 = publishing.publish(editor, course.slug(), null, "First version");
        LessonContent rewritten = ContentFixtures.content("Intro", "What we said next");
        fixtures.save(editor, course, lesson.id(), rewritten);
        CourseRevision v11 = publishing.publish(editor, course.slug(), Severity.MINOR, "Second thoughts");

        draftRestore.restoreIntoDraft(editor, course.slug(), Version.FIRST);
        assertThat(lessonDrafts.contentOf(lessonDrafts.lesson(editor, course.slug(), lesson.id()))).as("the draft holds the old text again")
                .isEqualTo(original);
        CourseRevision v12 = publishing.publish(editor, course.slug(), Severity.MINOR, "Back to the first text");

        assertThat(v12.version()).isEqualTo(new Version(1, 2));
        LessonRevision restored = revisions.lessonRevision(revisionOf(v12, lesson.id())).orElseThrow();
        assertThat(restored.content()).isEqualTo(original);
        assertThat(restored.number()).as("the old content is published as a new lesson revision").isEqualTo(3);
        assertThat(restored.id()).isNotEqualTo(revisionOf(v10, lesson.id()));
        assertThat(revisions.lessonRevision(revisionOf(v10, lesson.id())).orElseThrow().content()).isEqualTo(original);
        assertThat(revisions.lessonRevision(revisionOf(v11, lesson.id())).orElseThrow().content()).isEqualTo(rewritten);
        assertThat(revisions.courseHistory(course.id())).extracting(CourseRevision::version)
                .containsExactly(new Version(1, 2), new Version(1, 1), new Version(1, 0));
    }

    @Test
    void anExamDrawingMoreQuestionsThanTheQuizzesHoldIsRefused() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));
        courseDrafts.updateSettings(editor, course.slug(), new CourseSettings(course.title(), course.slug(), "Summary",
                Level.BEGINNER, "en", Set.of(), 80, 2, 3, 90, null), course.draftVersion());

        Map<String, String> refused = problemsOf(() -> publishing.publish(editor, course.slug(), null, "First version"));
        assertThat(refused).containsEntry("examQuestionCount", "error.publish.notEnoughQuestions");
        assertThat(revisions.courseHistory(course.id())).isEmpty();
    }

    @Test
    void aLessonWithMoreThanFourTasksIsNotSaved() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));
        List<LessonTask> five = Collections.nCopies(5, new LessonTask(TaskKind.CHECK, "Do it"));
        LessonContent tooMany = new LessonContent("Intro", "Text", 10, five, List.of(), Set.of());

        assertRefused(editor, course, lesson, tooMany, "tasks", "error.lesson.tooManyTasks");
    }

    @Test
    void aQuizQuestionWithoutACorrectAnswerIsNotSaved() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));
        QuizQuestion noCorrect = new QuizQuestion("q1", "Which?", List.of(new QuizOption("a", "One", false),
                new QuizOption("b", "Two", false)), "Neither, it seems.");
        LessonContent content = new LessonContent("Intro", "Text", 10, List.of(), List.of(noCorrect), Set.of());

        assertRefused(editor, course, lesson, content, "q0", "error.quiz.noCorrect");
    }

    @Test
    void aLessonOnAnUnknownTopicIsNotSaved() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));
        long known = topics.bySlug("tiktok-shop").orElseThrow().id();
        LessonContent content = ContentFixtures.content("Intro", "Text", Set.of(known, 987_654_321L), List.of());

        assertRefused(editor, course, lesson, content, "topics", "error.lesson.unknownTopic");
    }

    @Test
    void aBodyOverTwoHundredKilobytesIsNotSavedCountingBytesNotCharacters() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Text"));

        String atTheLimit = "a".repeat(200 * 1024);
        fixtures.save(editor, course, lesson.id(), ContentFixtures.content("Intro", atTheLimit));
        assertThat(lessonDrafts.lesson(editor, course.slug(), lesson.id()).body()).isEqualTo(atTheLimit);

        LessonDraft saved = lessonDrafts.lesson(editor, course.slug(), lesson.id());
        assertRefused(editor, course, saved, ContentFixtures.content("Intro", atTheLimit + "a"), "body", "error.lesson.bodyTooLarge");
        // 102,401 characters, but each takes two bytes in UTF-8
        assertRefused(editor, course, saved, ContentFixtures.content("Intro", "é".repeat(102_401)), "body", "error.lesson.bodyTooLarge");
    }

    private void assertRefused(Editor editor, Course course, LessonDraft lesson, LessonContent content, String field,
                               String messageKey) {
        Map<String, String> refused = problemsOf(
                () -> lessonDrafts.saveLesson(editor, course.slug(), lesson.id(), content, lesson.draftVersion()));
        assertThat(refused).containsEntry(field, messageKey);
        LessonDraft after = lessonDrafts.lesson(editor, course.slug(), lesson.id());
        assertThat(after.draftVersion()).as("nothing was written").isEqualTo(lesson.draftVersion());
        assertThat(after.body()).isEqualTo(lesson.body());
    }

    @Test
    void anInstructorOfAnotherCourseCanNeitherOpenNorEditNorPublishIt() {
        Editor owner = people.instructor();
        Editor stranger = people.instructor();
        Course course = fixtures.course(owner);
        LessonDraft lesson = fixtures.lesson(owner, course, ContentFixtures.content("Intro", "Owner's text"));

        assertThatThrownBy(() -> courseEditors.course(stranger, course.slug())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> lessonDrafts.saveLesson(stranger, course.slug(), lesson.id(),
                ContentFixtures.content("Intro", "Stranger's text"), lesson.draftVersion())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> publishing.publish(stranger, course.slug(), null, "Hijack")).isInstanceOf(NotAllowedException.class);

        assertThat(lessonDrafts.lesson(owner, course.slug(), lesson.id()).body()).isEqualTo("Owner's text");
        assertThat(revisions.courseHistory(course.id())).isEmpty();
        assertThat(courseEditors.editableCourses(stranger)).isEmpty();
    }

    @Test
    void anAdminCanEditAndPublishAnyCourse() {
        Editor owner = people.instructor();
        Editor admin = people.admin();
        Course course = fixtures.course(owner);
        LessonDraft lesson = fixtures.lesson(owner, course, ContentFixtures.content("Intro", "Owner's text"));

        assertThat(courseEditors.course(admin, course.slug()).id()).isEqualTo(course.id());
        fixtures.save(admin, course, lesson.id(), ContentFixtures.content("Intro", "Corrected by an admin"));
        CourseRevision published = publishing.publish(admin, course.slug(), null, "Published by an admin");

        assertThat(published.version()).isEqualTo(Version.FIRST);
        assertThat(revisions.lessonRevision(revisionOf(published, lesson.id())).orElseThrow().content().body())
                .isEqualTo("Corrected by an admin");
        assertThat(courseEditors.editableCourses(admin)).extracting(Course::id).contains(course.id());
    }
}
