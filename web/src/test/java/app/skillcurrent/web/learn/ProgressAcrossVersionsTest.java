package app.skillcurrent.web.learn;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.progress.LessonInCourse;
import app.skillcurrent.core.progress.LessonState;
import app.skillcurrent.core.progress.LessonWork;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress is kept per lesson, so it survives new versions: unchanged lessons stay done, changed ones are "updated". */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressAcrossVersionsTest implements DatabaseTest {

    @Inject
    AccountService accounts;
    @Inject
    CourseDrafts courseDrafts;
    @Inject
    LessonDrafts lessonDrafts;
    @Inject
    Publishing publishing;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
    @Inject
    LearnerDashboard dashboard;

    @Test
    void aMinorVersionMovesLearnersOnAndMarksOnlyChangedLessonsUpdated() {
        Fixtures fixtures = new Fixtures(accounts, courseDrafts, lessonDrafts);
        Editor instructor = fixtures.instructor();
        Course course = fixtures.course(instructor);
        LessonDraft kept = fixtures.lesson(instructor, course, Fixtures.content("Kept", "Stays the same."));
        LessonDraft changed = fixtures.lesson(instructor, course, Fixtures.content("Changed", "First wording."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        long learner = fixtures.account("minor").id();
        enrolments.enrol(learner, course.slug());
        completeAll(learner, course.slug());

        fixtures.save(instructor, course, changed.id(), Fixtures.content("Changed", "Second, clearer wording."));
        publishing.publish(instructor, course.slug(), Severity.MINOR, "Clearer wording.");

        LearnerCourse now = enrolments.open(learner, course.slug());
        assertEquals("1.1", now.pinned().version().toString(), "moved forward automatically");
        assertFalse(now.updateAvailable());
        Map<Long, LessonState> states = progress.states(learner, now);
        assertEquals(LessonState.COMPLETE, states.get(kept.id()));
        assertEquals(LessonState.UPDATED, states.get(changed.id()));

        LessonInCourse onChanged = progress.lessonInCourse(learner, now, changed.id());
        assertEquals(states, onChanged.states(), "the lesson page reads the same states in its one query");
        assertFalse(onChanged.allComplete());
        assertEquals(LessonState.UPDATED, onChanged.work().state());
        assertTrue(onChanged.work().tasks().isEmpty(), "a task ticked for the old wording is not carried over");
        assertTrue(onChanged.work().answers().isEmpty(), "nor is an answer");
        LessonWork onKept = progress.lessonInCourse(learner, now, kept.id()).work();
        assertEquals(LessonState.COMPLETE, onKept.state());
        assertTrue(onKept.tasks().get(0).done());
        assertEquals(Set.of("a"), onKept.answers().get("q1").chosen());
        assertTrue(onKept.answers().get("q1").correct());
    }

    @Test
    void aMajorVersionWaitsForTheLearnerAndShowsItIsThere() {
        Fixtures fixtures = new Fixtures(accounts, courseDrafts, lessonDrafts);
        Editor instructor = fixtures.instructor();
        Course course = fixtures.course(instructor);
        LessonDraft lesson = fixtures.lesson(instructor, course, Fixtures.content("Rules", "Old rule."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        long learner = fixtures.account("major").id();
        enrolments.enrol(learner, course.slug());
        completeAll(learner, course.slug());

        fixtures.save(instructor, course, lesson.id(), Fixtures.content("Rules", "The platform changed the rule."));
        publishing.publish(instructor, course.slug(), Severity.MAJOR, "The rule changed.");

        LearnerCourse pinned = enrolments.open(learner, course.slug());
        assertEquals("1.0", pinned.pinned().version().toString(), "still on the version they learned");
        assertTrue(pinned.updateAvailable());
        assertEquals(LessonState.COMPLETE, progress.states(learner, pinned).get(lesson.id()));
        LearnerDashboard.CourseProgress onDashboard = dashboard.of(learner).inProgress().get(0);
        assertEquals(course.slug(), onDashboard.slug());
        assertEquals("1.0", onDashboard.version());
        assertEquals("2.0", onDashboard.currentVersion());
        assertTrue(onDashboard.updateAvailable());
        assertEquals(1, onDashboard.complete(), "done in the version they follow");
        assertFalse(onDashboard.examPassed());

        enrolments.moveToCurrent(learner, course.slug());
        LearnerCourse moved = enrolments.open(learner, course.slug());
        assertEquals("2.0", moved.pinned().version().toString());
        assertEquals(LessonState.UPDATED, progress.states(learner, moved).get(lesson.id()), "must be revisited");
        LearnerDashboard.CourseProgress afterMoving = dashboard.of(learner).inProgress().get(0);
        assertEquals("2.0", afterMoving.version());
        assertFalse(afterMoving.updateAvailable());
        assertEquals(0, afterMoving.complete());
        assertEquals(1, afterMoving.updated());
    }

    @Test
    void aNewLearnerIsPinnedToTheVersionCurrentWhenTheyEnrol() {
        Fixtures fixtures = new Fixtures(accounts, courseDrafts, lessonDrafts);
        Editor instructor = fixtures.instructor();
        Course course = fixtures.course(instructor);
        LessonDraft lesson = fixtures.lesson(instructor, course, Fixtures.content("One", "Text."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        fixtures.save(instructor, course, lesson.id(), Fixtures.content("One", "Text, improved."));
        publishing.publish(instructor, course.slug(), Severity.MAJOR, "Rewritten.");
        long learner = fixtures.account("late").id();
        enrolments.enrol(learner, course.slug());
        assertEquals("2.0", enrolments.open(learner, course.slug()).pinned().version().toString());
    }

    private void completeAll(long learner, String slug) {
        LearnerCourse course = enrolments.open(learner, slug);
        course.lessons().forEach(entry -> {
            progress.saveTask(learner, course, entry.lessonId(), 0, true, null);
            progress.answer(learner, course, entry.lessonId(), "q1", Set.of("a"));
            progress.complete(learner, course, entry.lessonId());
        });
    }
}
