package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentPeople;
import app.skillcurrent.content.fixture.ContentServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** Two instructors in two tabs: a save never silently overwrites another, and versions are never handed out twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentEditingTest implements ContentServiceTest {

    @Inject
    ContentPeople people;
    @Inject
    ContentFixtures fixtures;
    @Inject
    CourseEditors courseEditors;
    @Inject
    LessonDrafts lessonDrafts;
    @Inject
    Publishing publishing;
    @Inject
    Revisions revisions;

    @Test
    void theSecondOfTwoEditorsWhoLoadedTheSameDraftIsShownTheFirstOnesTextAndLosesNothing() {
        Editor first = people.instructor();
        Editor second = people.instructor();
        Course course = fixtures.course(first);
        courseEditors.addInstructor(first, course.slug(), second.accountId());
        LessonDraft lesson = fixtures.lesson(first, course, ContentFixtures.content("Intro", "Shared start"));

        LessonDraft loadedByFirst = lessonDrafts.lesson(first, course.slug(), lesson.id());
        LessonDraft loadedBySecond = lessonDrafts.lesson(second, course.slug(), lesson.id());
        assertThat(loadedBySecond.draftVersion()).isEqualTo(loadedByFirst.draftVersion());

        lessonDrafts.saveLesson(first, course.slug(), lesson.id(), ContentFixtures.content("Intro", "First editor's text"),
                loadedByFirst.draftVersion());
        DraftConflictException conflict = catchThrowableOfType(DraftConflictException.class, () -> lessonDrafts.saveLesson(second,
                course.slug(), lesson.id(), ContentFixtures.content("Intro", "Second editor's text"), loadedBySecond.draftVersion()));
        assertThat(conflict).as("the second save is refused as a conflict").isNotNull();

        assertThat(conflict.current().body()).isEqualTo("First editor's text");
        assertThat(conflict.current().updatedBy()).isEqualTo(first.accountId());
        LessonDraft stored = lessonDrafts.lesson(first, course.slug(), lesson.id());
        assertThat(stored.body()).as("the losing save wrote nothing").isEqualTo("First editor's text");
        assertThat(stored.draftVersion()).isEqualTo(conflict.current().draftVersion());

        lessonDrafts.saveLesson(second, course.slug(), lesson.id(),
                ContentFixtures.content("Intro", "First editor's text\n\nSecond editor's text"), conflict.current().draftVersion());
        assertThat(lessonDrafts.lesson(first, course.slug(), lesson.id()).body())
                .as("after seeing the conflict, the second editor can save the combined text")
                .isEqualTo("First editor's text\n\nSecond editor's text");
    }

    @Test
    void ofManySimultaneousSavesOfOneLoadedDraftExactlyOneWins() throws Exception {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, ContentFixtures.content("Intro", "Start"));
        int version = lesson.draftVersion();

        List<LessonDraft> shownToLosers = Collections.synchronizedList(new ArrayList<>());
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "Text from tab " + i;
            saves.add(() -> {
                try {
                    lessonDrafts.saveLesson(editor, course.slug(), lesson.id(), ContentFixtures.content("Intro", body), version);
                    return body;
                } catch (DraftConflictException conflict) {
                    shownToLosers.add(conflict.current());
                    return null;
                }
            });
        }
        List<String> winners = race(saves).stream().filter(r -> r != null).toList();

        assertThat(winners).as("exactly one save succeeds: " + winners).hasSize(1);
        LessonDraft stored = lessonDrafts.lesson(editor, course.slug(), lesson.id());
        assertThat(stored.body()).isEqualTo(winners.get(0));
        assertThat(stored.draftVersion()).isEqualTo(version + 1);
        assertThat(shownToLosers).hasSize(7);
        // a loser shown an outdated draft never sees the winning text and loses again on the next save
        assertThat(shownToLosers).as("every loser is shown the winning text and the version to save over")
                .extracting(LessonDraft::body, LessonDraft::draftVersion)
                .containsExactlyElementsOf(Collections.nCopies(7, tuple(winners.get(0), version + 1)));
    }

    @Test
    void simultaneousPublishesGetDistinctConsecutiveVersionsAndPublishEveryonesChange() throws Exception {
        int editors = 8;
        Editor owner = people.instructor();
        Course course = fixtures.course(owner);
        List<LessonDraft> lessons = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            lessons.add(fixtures.lesson(owner, course, ContentFixtures.content("Lesson " + i, "Original " + i)));
        }
        publishing.publish(owner, course.slug(), null, "First version");

        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Version>> publishes = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            LessonDraft lesson = lessons.get(i);
            String body = "Updated " + i;
            publishes.add(() -> {
                fixtures.save(owner, course, lesson.id(), ContentFixtures.content(lesson.title(), body));
                try {
                    return publishing.publish(owner, course.slug(), Severity.MINOR, "Updated lesson " + lesson.title()).version();
                } catch (FieldRejectedException nothingLeft) {
                    // another publish already took this change along
                    assertThat(nothingLeft.problems()).containsExactly(entry("draft", "error.publish.nothingChanged"));
                    return null;
                } catch (RuntimeException e) {
                    unexpected.add(e);
                    return null;
                }
            });
        }
        List<Version> published = race(publishes).stream().filter(v -> v != null).toList();

        List<Version> history = revisions.courseHistory(course.id()).stream().map(CourseRevision::version).toList();
        assertThat(history).as("no version twice").doesNotHaveDuplicates();
        List<Version> expected = new ArrayList<>();
        for (int minor = history.size() - 1; minor >= 0; minor--) {
            expected.add(new Version(1, minor));
        }
        assertThat(history).as("1.0, 1.1, 1.2, ... without gaps").isEqualTo(expected);
        assertThat(published.size()).isEqualTo(history.size() - 1);

        assertThat(unexpected).as("a publish racing another fails only with 'nothing changed'").isEmpty();

        CourseRevision current = revisions.courseHistory(course.id()).get(0);
        Map<Long, LessonRevision> contents = revisions.lessonRevisions(
                current.lessons().stream().map(CourseRevision.Entry::lessonRevisionId).toList());
        for (int i = 0; i < editors; i++) {
            long lessonId = lessons.get(i).id();
            long revisionId = current.lessons().stream().filter(e -> e.lessonId() == lessonId).findFirst().orElseThrow().lessonRevisionId();
            assertThat(contents.get(revisionId).content().body()).as("the newest version has every editor's change")
                    .isEqualTo("Updated " + i);
        }
    }

    @Test
    void lessonsAddedAtTheSameMomentEachGetTheirOwnPlaceInTheOrder() throws Exception {
        Editor editor = people.instructor();
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, ContentFixtures.content("Already there", "Text"));

        List<Callable<LessonDraft>> adds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String title = "Added in tab " + i;
            adds.add(() -> lessonDrafts.addLesson(editor, course.slug(), title));
        }
        race(adds);

        List<Integer> positions = lessonDrafts.draftLessons(course).stream().map(LessonDraft::position).toList();
        assertThat(positions).as("each lesson has its own place; none share one").containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    /** Starts all tasks at the same moment and waits for every one of them. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
