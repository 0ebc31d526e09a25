package app.skillcurrent.core.progress;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.revision.UnknownOptionException;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A lesson is complete once its tasks are done and each quiz question has an answer. Answers get their
 * feedback at once; what names something the lesson does not have is refused and records nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonCompletionTest implements CoreServiceTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;

    private String slug;
    private long lessonId;

    /** One lesson: a tick, a reflection, a one-answer question and a question with two right options. */
    @BeforeAll
    void course() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        lessonId = courses.lesson(instructor, course, new LessonContent("Work", "Do the work.", 10,
                List.of(new LessonTask(TaskKind.CHECK, "Open the settings"), new LessonTask(TaskKind.REFLECTION, "What did you change?")),
                List.of(ContentFixtures.question("one", "Which one?"),
                        new QuizQuestion("both", "Which two?", List.of(new QuizOption("a", "First", true),
                                new QuizOption("b", "Second", true), new QuizOption("c", "Neither", false)), "Both are.")),
                Set.of())).id();
        courses.publish(instructor, course, null, "First edition.");
        slug = course.slug();
    }

    private LearnerCourse enrolled(String name) {
        long learner = fixtures.learner(name).id();
        enrolments.enrol(learner, slug);
        return enrolments.open(learner, slug);
    }

    private static String refusal(ThrowingCallable call) {
        InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class, call);
        assertThat(refused).as("refused with a reason").isNotNull();
        return refused.messageKey();
    }

    @Test
    void aLessonCompletesOnlyWithEveryTaskDoneAndEveryQuestionAnswered() {
        LearnerCourse course = enrolled("Thorough");
        long learner = course.enrolment().userId();

        assertThat(refusal(() -> progress.complete(learner, course, lessonId))).isEqualTo("error.learn.tasksOpen");
        progress.saveTask(learner, course, lessonId, 0, true, null);
        assertThat(progress.saveTask(learner, course, lessonId, 1, true, "   ").done())
                .as("a blank reflection is not done, whatever the tick says").isFalse();
        assertThat(refusal(() -> progress.complete(learner, course, lessonId))).isEqualTo("error.learn.tasksOpen");
        progress.saveTask(learner, course, lessonId, 1, false, "Turned on captions.");

        progress.answer(learner, course, lessonId, "one", Set.of("b"));
        assertThat(refusal(() -> progress.complete(learner, course, lessonId))).as("one question is still open")
                .isEqualTo("error.learn.quizOpen");
        progress.answer(learner, course, lessonId, "both", Set.of("a", "b"));
        progress.complete(learner, course, lessonId);
        progress.complete(learner, course, lessonId);

        assertThat(progress.states(learner, course)).containsExactly(Map.entry(lessonId, LessonState.COMPLETE));
        assertThat(progress.allComplete(learner, course)).isTrue();
    }

    @Test
    void anAnswerIsMarkedAtOnceAndAPartlyRightChoiceIsWrong() {
        LearnerCourse course = enrolled("Curious");
        long learner = course.enrolment().userId();

        QuizFeedback wrong = progress.answer(learner, course, lessonId, "one", Set.of("b"));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.correctOptions()).containsExactly("a");
        assertThat(progress.answer(learner, course, lessonId, "both", Set.of("a")).correct())
                .as("one of two right options").isFalse();
        assertThat(progress.answer(learner, course, lessonId, "both", Set.of("a", "b")).correct()).isTrue();
    }

    @Test
    void answersAndTasksTheLessonDoesNotHaveAreRefusedAndRecordNothing() {
        LearnerCourse course = enrolled("Tamperer");
        long learner = course.enrolment().userId();

        assertThat(refusal(() -> progress.answer(learner, course, lessonId, "elsewhere", Set.of("a"))))
                .isEqualTo("error.learn.unknownQuestion");
        assertThat(refusal(() -> progress.answer(learner, course, lessonId, "one", Set.of("z"))))
                .isEqualTo(UnknownOptionException.MESSAGE_KEY);
        assertThat(refusal(() -> progress.answer(learner, course, lessonId, "one", Set.of())))
                .isEqualTo("error.learn.chooseAnswer");
        assertThat(refusal(() -> progress.answer(learner, course, lessonId, "one", Set.of("a", "b"))))
                .as("two options for a question with one right answer").isEqualTo("error.learn.oneAnswer");
        assertThat(refusal(() -> progress.saveTask(learner, course, lessonId, 2, true, null)))
                .isEqualTo("error.learn.unknownTask");
        assertThat(refusal(() -> progress.saveTask(learner, course, lessonId, 1, true, "x".repeat(Progress.MAX_REFLECTION + 1))))
                .isEqualTo("error.learn.reflectionTooLong");

        LessonWork work = progress.lessonInCourse(learner, course, lessonId).work();
        assertThat(work.answers()).isEmpty();
        assertThat(work.tasks()).isEmpty();
        assertThat(work.state()).isEqualTo(LessonState.NOT_STARTED);
    }
}
