package app.skillcurrent.core.enrolment;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import app.skillcurrent.core.progress.LessonState;
import app.skillcurrent.core.progress.Progress;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static app.skillcurrent.content.fixture.ContentFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner follows one version of a course: the one current when they enrolled. A minor version moves
 * everyone on by itself; a major one waits until the learner chooses to move. Either way, a lesson completed
 * in a revision that has not changed stays complete, and a changed one must be gone through again.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionPinningTest implements CoreServiceTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;

    /** A course with a lesson that will stay and one that will change, and a learner who completed both. */
    private record Followed(Editor instructor, Course course, long kept, long changed, long learner) {
    }

    private Followed completedByALearner() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        LessonDraft kept = courses.lesson(instructor, course, content("Kept", "Stays the same."));
        LessonDraft changed = courses.lesson(instructor, course, content("Changed", "First wording."));
        courses.publish(instructor, course, null, "First edition.");
        long learner = fixtures.learner("Follower").id();
        fixtures.completeLessons(learner, course.slug());
        return new Followed(instructor, course, kept.id(), changed.id(), learner);
    }

    private void publishChange(Followed followed, Severity severity) {
        courses.save(followed.instructor(), followed.course(), followed.changed(), content("Changed", "A new wording."));
        courses.publish(followed.instructor(), followed.course(), severity, "Changed wording.");
    }

    @Test
    void aMinorVersionMovesTheLearnerOnAndOnlyTheChangedLessonMustBeRevisited() {
        Followed followed = completedByALearner();
        publishChange(followed, Severity.MINOR);

        LearnerCourse now = enrolments.open(followed.learner(), followed.course().slug());
        assertThat(now.pinned().version()).isEqualTo(new Version(1, 1));
        assertThat(now.updateAvailable()).isFalse();
        assertThat(progress.states(followed.learner(), now)).containsOnly(
                Map.entry(followed.kept(), LessonState.COMPLETE), Map.entry(followed.changed(), LessonState.UPDATED));
        assertThat(progress.allComplete(followed.learner(), now)).isFalse();
    }

    @Test
    void aMajorVersionWaitsUntilTheLearnerMovesToIt() {
        Followed followed = completedByALearner();
        String slug = followed.course().slug();
        publishChange(followed, Severity.MAJOR);

        LearnerCourse pinned = enrolments.open(followed.learner(), slug);
        assertThat(pinned.pinned().version()).as("still the version they learned").isEqualTo(new Version(1, 0));
        assertThat(pinned.current().version()).isEqualTo(new Version(2, 0));
        assertThat(pinned.updateAvailable()).isTrue();
        assertThat(progress.allComplete(followed.learner(), pinned)).as("done in the version they follow").isTrue();

        enrolments.enrol(followed.learner(), slug);
        assertThat(enrolments.open(followed.learner(), slug).pinned().version())
                .as("enrolling again does not move them").isEqualTo(new Version(1, 0));

        enrolments.moveToCurrent(followed.learner(), slug);
        LearnerCourse moved = enrolments.open(followed.learner(), slug);
        assertThat(moved.pinned().version()).isEqualTo(new Version(2, 0));
        assertThat(moved.updateAvailable()).isFalse();
        assertThat(progress.states(followed.learner(), moved)).containsOnly(
                Map.entry(followed.kept(), LessonState.COMPLETE), Map.entry(followed.changed(), LessonState.UPDATED));
    }

    @Test
    void aNewLearnerFollowsTheVersionCurrentWhenTheyEnrol() {
        Followed followed = completedByALearner();
        publishChange(followed, Severity.MAJOR);

        long late = fixtures.learner("Late").id();
        enrolments.enrol(late, followed.course().slug());
        LearnerCourse course = enrolments.open(late, followed.course().slug());
        assertThat(course.pinned().version()).isEqualTo(new Version(2, 0));
        assertThat(progress.states(late, course)).containsOnly(
                Map.entry(followed.kept(), LessonState.NOT_STARTED), Map.entry(followed.changed(), LessonState.NOT_STARTED));
    }
}
