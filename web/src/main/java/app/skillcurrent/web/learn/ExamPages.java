package app.skillcurrent.web.learn;

import app.skillcurrent.web.quiz.QuizAnswersForm;
import app.skillcurrent.web.quiz.QuizSheet;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.ExamAttempt;
import app.skillcurrent.core.exam.ExamResult;
import app.skillcurrent.core.exam.ExamStatus;
import app.skillcurrent.core.exam.Exams;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Builds the exam's pages from where the learner stands with it ({@link Exams#status}). */
@Singleton
class ExamPages {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Exams exams;
    private final Clock clock;

    ExamPages(Exams exams, Clock clock) {
        this.exams = exams;
        this.clock = clock;
    }

    ExamPage overview(long userId, LearnerCourse course) {
        ExamStatus status = exams.status(userId, course);
        Instant now = clock.instant();
        return new ExamPage(ExamCourse.of(course), status.lessonsComplete(), status.attemptsAllowed(),
                attemptsLeft(status), status.passed(), status.bestScore(), course.pinned().exam().questionCount(),
                course.pinned().exam().passMark(), status.canStart(now), status.open().map(ExamAttempt::id).orElse(null),
                nextAttemptAt(status, now), null);
    }

    ExamAttemptPage attempt(LearnerCourse course, ExamAttempt attempt) {
        return new ExamAttemptPage(ExamCourse.of(course), attempt.id(), attempt.attemptNumber(),
                course.pinned().exam().passMark(), QuizSheet.of(exams.questions(course, attempt)));
    }

    /** @param attempt a submitted attempt */
    ExamResultPage result(long userId, LearnerCourse course, ExamAttempt attempt) {
        ExamResult result = exams.result(course, attempt);
        ExamStatus status = exams.status(userId, course);
        return new ExamResultPage(ExamCourse.of(course), attempt.scorePercent(), Boolean.TRUE.equals(attempt.passed()),
                result.passMark(), attemptsLeft(status), nextAttemptAt(status, clock.instant()),
                result.items().stream().map(item -> new ExamResultPage.Item(item.prompt(), item.chosenTexts(),
                        item.correctTexts(), item.feedback().correct(), item.feedback().explanation())).toList());
    }

    private static int attemptsLeft(ExamStatus status) {
        return Math.max(0, status.attemptsAllowed() - status.attemptsUsed());
    }

    @Nullable
    private static String nextAttemptAt(ExamStatus status, Instant now) {
        return status.nextAttemptAt() != null && now.isBefore(status.nextAttemptAt())
                ? MINUTE.format(status.nextAttemptAt()) : null;
    }
}
