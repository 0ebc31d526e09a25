package app.skillcurrent.content.revision;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonOrder;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.diff.WordDiff;
import app.skillcurrent.content.diff.WordDiff.Kind;
import app.skillcurrent.content.diff.WordDiff.Segment;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentPeople;
import app.skillcurrent.content.fixture.ContentServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What instructors read to see what changed: word diffs of a lesson and the changelog between two versions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryTest implements ContentServiceTest {

    @Inject
    ContentPeople people;
    @Inject
    ContentFixtures fixtures;
    @Inject
    LessonOrder lessonOrder;
    @Inject
    Publishing publishing;
    @Inject
    History history;

    private static String text(List<Segment> segments, Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).map(Segment::text).collect(Collectors.joining("|"));
    }

    private static String reading(List<Segment> segments, Kind skipped) {
        return segments.stream().filter(s -> s.kind() != skipped).map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void theLessonDiffMarksDeletedAndInsertedWords() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        String before = "Post three times a week at noon.";
        String after = "Post five times a week at noon and reply to comments.";
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Posting rhythm", before));
        publishing.publish(editor, course.slug(), null, "First version");
        fixtures.save(editor, course, lesson.id(), ContentFixtures.content("Posting rhythm", after));
        publishing.publish(editor, course.slug(), Severity.MINOR, "New advice");

        LessonDiff diff = history.lessonDiff(lesson.id(), 1, 2);

        assertThat(diff.from().number()).isEqualTo(1);
        assertThat(diff.to().number()).isEqualTo(2);
        assertThat(text(diff.body(), Kind.DELETED)).as("deleted: " + diff.body()).contains("three");
        assertThat(text(diff.body(), Kind.DELETED)).doesNotContain("five");
        assertThat(text(diff.body(), Kind.INSERTED)).as("inserted: " + diff.body()).contains("five");
        assertThat(text(diff.body(), Kind.INSERTED)).contains("reply to comments");
        assertThat(text(diff.body(), Kind.SAME)).contains("times a week at noon");
        assertThat(reading(diff.body(), Kind.INSERTED)).as("unchanged and deleted text give the old version")
                .isEqualTo(before);
        assertThat(reading(diff.body(), Kind.DELETED)).as("unchanged and inserted text give the new version")
                .isEqualTo(after);
        assertThat(WordDiff.changed(diff.title())).as("the title stayed the same").isFalse();
        assertThat(diff.minutesChanged()).isFalse();
        assertThat(diff.topicsChanged()).isFalse();
    }

    @Test
    void aDiffWithARevisionThatDoesNotExistIsNotFound() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Only once", "Text"));
        publishing.publish(editor, course.slug(), null, "First version");

        assertThatThrownBy(() -> history.lessonDiff(lesson.id(), 1, 2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theChangelogListsAddedRemovedAndChangedLessonsWithTheirQuizChanges() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        QuizQuestion kept = ContentFixtures.question("kept", "Which format works best?");
        QuizQuestion reworded = ContentFixtures.question("reworded", "How long should a clip be?");
        QuizQuestion dropped = ContentFixtures.question("dropped", "Is the old feature still there?");
        LessonDraft changed = fixtures.lesson(editor, course, ContentFixtures.content("Changing", "Body",
                Set.of(), List.of(kept, reworded, dropped)));
        LessonDraft removed = fixtures.lesson(editor, course, ContentFixtures.content("Leaving", "Body"));
        LessonDraft untouched = fixtures.lesson(editor, course, ContentFixtures.content("Untouched", "Body"));
        publishing.publish(editor, course.slug(), null, "First version");

        QuizQuestion rewordedNow = new QuizQuestion("reworded", "How long should a clip be now?",
                List.of(new QuizOption("a", "Under a minute", true), new QuizOption("b", "Ten minutes", false)),
                "Shorter clips are finished more often.");
        QuizQuestion added = ContentFixtures.question("added", "What replaced the old feature?");
        fixtures.save(editor, course, changed.id(), ContentFixtures.content("Changing", "Body",
                Set.of(), List.of(kept, rewordedNow, added)));
        lessonOrder.removeLesson(editor, course.slug(), removed.id());
        LessonDraft newLesson = fixtures.lesson(editor, course, ContentFixtures.content("Arriving", "Body"));
        publishing.publish(editor, course.slug(), Severity.MAJOR, "Platform update");

        CourseChangelog log = history.changelog(course.id(), Version.FIRST, new Version(2, 0));

        assertThat(log.added()).extracting(LessonRevision::lessonId).containsExactly(newLesson.id());
        assertThat(log.removed()).extracting(LessonRevision::lessonId).containsExactly(removed.id());
        assertThat(log.changed()).as("the untouched lesson (%d) is not listed as changed", untouched.id())
                .extracting(c -> c.to().lessonId()).containsExactly(changed.id());
        CourseChangelog.Changed change = log.changed().get(0);
        assertThat(change.from().number()).isEqualTo(1);
        assertThat(change.to().number()).isEqualTo(2);
        QuizChanges quiz = change.quiz();
        assertThat(quiz.added()).extracting(QuizQuestion::key).containsExactly("added");
        assertThat(quiz.removed()).extracting(QuizQuestion::key).containsExactly("dropped");
        assertThat(quiz.changed()).extracting(QuizQuestion::key).containsExactly("reworded");
        assertThat(log.settingsChanged()).isFalse();
        assertThat(log.reordered()).as("removing and appending lessons is not a reorder").isFalse();
        assertThat(log.isEmpty()).isFalse();
    }

    @Test
    void theChangelogNoticesAReorder() {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft first = fixtures.lesson(editor, course, ContentFixtures.content("First", "Body"));
        LessonDraft second = fixtures.lesson(editor, course, ContentFixtures.content("Second", "Body"));
        publishing.publish(editor, course.slug(), null, "First version");
        lessonOrder.reorder(editor, course.slug(), List.of(second.id(), first.id()));
        publishing.publish(editor, course.slug(), Severity.MINOR, "Better order");

        CourseChangelog log = history.changelog(course.id(), Version.FIRST, new Version(1, 1));

        assertThat(log.reordered()).isTrue();
        assertThat(log.added()).isEmpty();
        assertThat(log.removed()).isEmpty();
        assertThat(log.changed()).as("moving a lesson does not change its content").isEmpty();
    }
}
