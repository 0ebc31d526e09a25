package app.skillcurrent.core.exam;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.content.revision.QuizAnswers;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.UnknownOptionException;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import app.skillcurrent.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The final exam: it opens once every lesson is complete, scores against the course's pass mark (80 % here,
 * two questions), holds the next attempt back for the cooldown (10 minutes), and ends when passed or when the
 * course's attempts (3) are used up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamsTest implements CoreServiceTest {

    private static final Duration COOLDOWN = Duration.ofMinutes(10);

    @Inject
    CoreFixtures fixtures;
    @Inject
    Enrolments enrolments;
    @Inject
    Exams exams;
    @Inject
    TestClock clock;

    private Published course;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @BeforeAll
    void course() {
        course = fixtures.course("Exam rules", null, 90);
    }

    /** A learner who has completed every lesson, so the exam is open to them. */
    private LearnerCourse readyForTheExam(String name) {
        long learner = fixtures.learner(name).id();
        fixtures.completeLessons(learner, course.slug());
        return enrolments.open(learner, course.slug());
    }

    /** Starts an attempt and answers the first {@code right} questions right and the rest wrong. */
    private ExamAttempt sit(LearnerCourse course, int right) {
        long learner = course.enrolment().userId();
        ExamAttempt attempt = exams.start(learner, course);
        List<QuizQuestion> questions = exams.questions(course, attempt);
        Map<Integer, Set<String>> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(i, i < right ? CoreFixtures.correct(questions.get(i)) : CoreFixtures.wrong(questions.get(i)));
        }
        return exams.submit(learner, course, attempt.id(), new QuizAnswers(answers)).attempt();
    }

    private static String refusal(ThrowingCallable call) {
        ExamRefusedException refused = catchThrowableOfType(ExamRefusedException.class, call);
        assertThat(refused).as("refused with a reason").isNotNull();
        return refused.messageKey();
    }

    @Test
    void theExamOpensOnlyOnceEveryLessonIsComplete() {
        long learner = fixtures.learner("Halfway").id();
        enrolments.enrol(learner, course.slug());
        LearnerCourse halfway = enrolments.open(learner, course.slug());
        fixtures.completeLesson(learner, halfway, course.lessonIds().get(0));

        assertThat(refusal(() -> exams.start(learner, halfway))).isEqualTo("error.exam.lessonsOpen");
        assertThat(exams.status(learner, halfway).attemptsUsed()).as("a refused start uses no attempt").isZero();

        fixtures.completeLesson(learner, halfway, course.lessonIds().get(1));
        assertThat(exams.start(learner, halfway).attemptNumber()).isEqualTo(1);
    }

    @Test
    void aScoreBelowThePassMarkFailsAndOneAtItPasses() {
        ExamAttempt half = sit(readyForTheExam("Half right"), 1);
        assertThat(half.scorePercent()).isEqualTo(50);
        assertThat(half.passed()).as("50 % is below the pass mark of 80 %").isFalse();

        LearnerCourse learner = readyForTheExam("All right");
        ExamAttempt all = sit(learner, 2);
        assertThat(all.scorePercent()).isEqualTo(100);
        assertThat(all.passed()).isTrue();
        assertThat(exams.status(learner.enrolment().userId(), learner).passed()).isTrue();
    }

    @Test
    void theNextAttemptWaitsUntilTheCooldownHasPassedSinceTheSubmission() {
        LearnerCourse learner = readyForTheExam("Impatient");
        long id = learner.enrolment().userId();
        sit(learner, 0);

        clock.advance(COOLDOWN.minusSeconds(1));
        assertThat(refusal(() -> exams.start(id, learner))).as("a second early").isEqualTo("error.exam.cooldown");
        assertThat(exams.status(id, learner).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(exams.start(id, learner).attemptNumber()).as("the moment the cooldown ends").isEqualTo(2);
    }

    @Test
    void noAttemptAfterTheCoursesAttemptsAreUsedUp() {
        LearnerCourse learner = readyForTheExam("Unlucky");
        long id = learner.enrolment().userId();
        for (int i = 0; i < 3; i++) {
            sit(learner, 0);
            clock.advance(COOLDOWN);
        }
        assertThat(refusal(() -> exams.start(id, learner))).isEqualTo("error.exam.noAttemptsLeft");
        assertThat(exams.status(id, learner).attemptsUsed()).isEqualTo(3);
    }

    @Test
    void aPassedExamIsNotSatAgainAndAnAttemptIsSubmittedOnce() {
        LearnerCourse learner = readyForTheExam("Done");
        long id = learner.enrolment().userId();
        ExamAttempt passed = sit(learner, 2);
        clock.advance(COOLDOWN);

        assertThat(refusal(() -> exams.start(id, learner))).isEqualTo("error.exam.alreadyPassed");
        assertThat(refusal(() -> exams.submit(id, learner, passed.id(), new QuizAnswers(Map.of()))))
                .isEqualTo("error.exam.alreadySubmitted");
        assertThat(exams.attempt(id, learner, passed.id()).scorePercent()).as("the first result stands").isEqualTo(100);
    }

    @Test
    void anAnswerNamingAnOptionTheQuestionDoesNotHaveIsRefusedAndTheAttemptStaysOpen() {
        LearnerCourse learner = readyForTheExam("Tamperer");
        long id = learner.enrolment().userId();
        ExamAttempt attempt = exams.start(id, learner);

        assertThat(refusal(() -> exams.submit(id, learner, attempt.id(), new QuizAnswers(Map.of(0, Set.of("z"))))))
                .isEqualTo(UnknownOptionException.MESSAGE_KEY);
        ExamStatus status = exams.status(id, learner);
        assertThat(status.attemptsUsed()).isZero();
        assertThat(status.open()).map(ExamAttempt::id).contains(attempt.id());
    }

    @Test
    void onlyTheLearnersOwnAttemptCanBeSubmitted() {
        LearnerCourse owner = readyForTheExam("Owner");
        LearnerCourse other = readyForTheExam("Other");
        ExamAttempt attempt = exams.start(owner.enrolment().userId(), owner);

        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> exams.submit(other.enrolment().userId(), other, attempt.id(), new QuizAnswers(Map.of()))))
                .as("someone else's attempt is not found").isNotNull();
        assertThat(exams.attempt(owner.enrolment().userId(), owner, attempt.id()).isSubmitted()).isFalse();
    }
}
