package app.skillcurrent.core.progress;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.enrolment.Enrolment;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.ExamAttempt;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Double clicks and two tabs: racing requests never duplicate an enrolment, a completion or an exam attempt. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentLearningTest implements CoreServiceTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Publishing publishing;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
    @Inject
    Exams exams;

    private String slug;
    private long lessonId;

    @BeforeAll
    void course() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        LessonDraft lesson = courses.lesson(instructor, course, ContentFixtures.content("Only lesson", "Text."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        slug = course.slug();
        lessonId = lesson.id();
    }

    @Test
    void twentySimultaneousEnrolmentsMakeOne() throws Exception {
        long learner = fixtures.account("enrol-race").id();
        List<Enrolment> results = race(20, () -> enrolments.enrol(learner, slug));
        assertThat(results).extracting(Enrolment::id).as("every request got the same enrolment").containsOnly(results.get(0).id());
        assertThat(enrolments.ofLearner(learner)).hasSize(1);
    }

    @Test
    void simultaneousCompletionsAndExamStartsRecordOneEach() throws Exception {
        long learner = fixtures.account("complete-race").id();
        enrolments.enrol(learner, slug);
        LearnerCourse course = enrolments.open(learner, slug);
        progress.saveTask(learner, course, lessonId, 0, true, null);
        progress.answer(learner, course, lessonId, "q1", Set.of("a"));
        race(20, () -> {
            progress.complete(learner, course, lessonId);
            return true;
        });
        assertThat(progress.states(learner, course)).containsEntry(lessonId, LessonState.COMPLETE);

        List<ExamAttempt> attempts = race(10, () -> exams.start(learner, course));
        assertThat(attempts).extracting(ExamAttempt::id).as("one open attempt, shared by all").containsOnly(attempts.get(0).id());
        assertThat(exams.status(learner, course).attemptsUsed()).isZero();
    }

    private static <T> List<T> race(int racers, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return action.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

}
