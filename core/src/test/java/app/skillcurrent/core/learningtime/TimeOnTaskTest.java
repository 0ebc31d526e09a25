package app.skillcurrent.core.learningtime;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.enrolment.NotEnrolledException;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import app.skillcurrent.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Heartbeats credit honest time: at most what passed, nothing for idle gaps, nothing twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeOnTaskTest implements CoreServiceTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Publishing publishing;
    @Inject
    Enrolments enrolments;
    @Inject
    LearningTime learningTime;
    @Inject
    TestClock clock;

    private String slug;
    private long lessonId;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @BeforeAll
    void course() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        LessonDraft lesson = courses.lesson(instructor, course, ContentFixtures.content("Timing", "Read me."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        slug = course.slug();
        lessonId = lesson.id();
    }

    private LearnerCourse enrolledLearner(String name) {
        long learner = fixtures.account(name).id();
        enrolments.enrol(learner, slug);
        return enrolments.open(learner, slug);
    }

    @Test
    void beatsEveryThirtySecondsAddUpToTheTimeThatPassed() {
        LearnerCourse course = enrolledLearner("steady");
        long learner = course.enrolment().userId();
        assertThat(learningTime.heartbeat(learner, course, lessonId)).as("the first beat starts the clock").isZero();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(30));
            assertThat(learningTime.heartbeat(learner, course, lessonId)).as("beat %d", i + 2).isEqualTo(30);
        }
        assertThat(learningTime.thisWeek(learner)).isEqualTo(120);
    }

    @Test
    void aLongGapCountsNothingAndAReplayCountsNoMoreThanTheTimeSinceTheLastBeat() {
        LearnerCourse course = enrolledLearner("idle");
        long learner = course.enrolment().userId();
        learningTime.heartbeat(learner, course, lessonId);
        clock.advance(Duration.ofMinutes(20));
        assertThat(learningTime.heartbeat(learner, course, lessonId)).as("the tab was hidden or left open").isZero();
        clock.advance(Duration.ofMillis(300));
        assertThat(learningTime.heartbeat(learner, course, lessonId)).as("a replay a moment later adds nothing").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(learningTime.heartbeat(learner, course, lessonId)).as("never more than one interval plus slack").isEqualTo(35);
        assertThat(learningTime.thisWeek(learner)).isEqualTo(35);
    }

    @Test
    void concurrentBeatsFromSeveralTabsCreditTheElapsedTimeOnce() throws Exception {
        LearnerCourse course = enrolledLearner("tabs");
        long learner = course.enrolment().userId();
        learningTime.heartbeat(learner, course, lessonId);
        clock.advance(Duration.ofSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> credits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            credits.add(pool.submit(() -> {
                start.await();
                return learningTime.heartbeat(learner, course, lessonId);
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> credit : credits) {
            total += credit.get();
        }
        pool.shutdown();
        assertThat(total).as("eight tabs at the same moment are worth the thirty seconds that passed").isEqualTo(30);
        assertThat(learningTime.thisWeek(learner)).isEqualTo(30);
    }

    @Test
    void beatsForACourseNotEnrolledInAreRefused() {
        long stranger = fixtures.account("stranger").id();
        assertThatThrownBy(() -> enrolments.open(stranger, slug)).isInstanceOf(NotEnrolledException.class);
        assertThat(learningTime.thisWeek(stranger)).isZero();
    }
}
