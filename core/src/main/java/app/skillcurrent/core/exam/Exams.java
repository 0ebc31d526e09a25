package app.skillcurrent.core.exam;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizAnswers;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.QuizScore;
import app.skillcurrent.content.revision.UnknownOptionException;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.core.progress.QuizFeedback;
import app.skillcurrent.core.support.Times;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The final exam of a course version: questions drawn at random from its lessons' quizzes, a pass mark, a
 * limited number of attempts with a cooldown between them. Only learners who completed every lesson of
 * their version may sit it.
 */
@Singleton
public class Exams {

    private static final Argument<List<ExamQuestion>> QUESTIONS = Argument.listOf(ExamQuestion.class);
    private static final Argument<Map<String, List<String>>> ANSWERS = Argument.mapOf(Argument.STRING, Argument.listOf(String.class));

    private final ExamAttemptRepository attempts;
    private final Progress progress;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration cooldown;
    private final ApplicationEventPublisher<ExamPassed> events;
    private final SecureRandom random = new SecureRandom();

    Exams(ExamAttemptRepository attempts, Progress progress, JsonMapper json, Clock clock,
          ExamConfiguration configuration, ApplicationEventPublisher<ExamPassed> events) {
        this.attempts = attempts;
        this.progress = progress;
        this.json = json;
        this.clock = clock;
        this.cooldown = configuration.cooldown();
        this.events = events;
    }

    public ExamStatus status(long userId, LearnerCourse course) {
        return status(userId, course, progress.allComplete(userId, course));
    }

    /** As {@link #status(long, LearnerCourse)}, when the caller already knows whether every lesson is complete. */
    public ExamStatus status(long userId, LearnerCourse course, boolean lessonsComplete) {
        List<ExamAttempt> all = attempts.of(userId, course.pinned().id());
        List<ExamAttempt> submitted = all.stream().filter(ExamAttempt::isSubmitted).toList();
        Optional<ExamAttempt> open = all.stream().filter(a -> !a.isSubmitted()).findFirst();
        // a certificate for this version (from a renewal) only matters once the lessons are complete, so the
        // lesson page of someone still learning asks nothing more
        boolean passed = submitted.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()))
                || (lessonsComplete && attempts.certified(userId, course.pinned().id()));
        Integer best = submitted.stream().map(ExamAttempt::scorePercent).max(Integer::compare).orElse(null);
        Instant next = submitted.isEmpty() ? null : submitted.get(submitted.size() - 1).submittedAt().plus(cooldown);
        return new ExamStatus(lessonsComplete, submitted.size(), course.pinned().exam().attempts(),
                passed, best, next, open);
    }

    /**
     * The course revisions whose exam each of these learners passed in an attempt (learner, then revision ids),
     * read with one query. Unlike {@link #status}, a certificate for the revision is not counted: callers that
     * report on many people look at certificates first.
     */
    public Map<Long, Set<Long>> passedBy(Collection<Long> userIds, Collection<Long> revisionIds) {
        Map<Long, Set<Long>> passed = new HashMap<>();
        if (!userIds.isEmpty() && !revisionIds.isEmpty()) {
            attempts.passed(userIds, revisionIds).forEach(p ->
                    passed.computeIfAbsent(p.userId(), k -> new HashSet<>()).add(p.courseRevisionId()));
        }
        return passed;
    }

    /**
     * Starts an attempt, or returns the one already open (a double click or a second tab does not start two).
     *
     * @throws ExamRefusedException when lessons are incomplete, the exam is passed, no attempts are left or
     *                              the cooldown has not passed
     */
    @Transactional
    public ExamAttempt start(long userId, LearnerCourse course) {
        ExamStatus status = status(userId, course);
        if (status.open().isPresent()) {
            return status.open().get();
        }
        Instant now = Times.now(clock);
        if (!status.lessonsComplete()) {
            throw new ExamRefusedException("error.exam.lessonsOpen");
        }
        if (status.passed()) {
            throw new ExamRefusedException("error.exam.alreadyPassed");
        }
        if (status.attemptsUsed() >= status.attemptsAllowed()) {
            throw new ExamRefusedException("error.exam.noAttemptsLeft");
        }
        if (status.nextAttemptAt() != null && now.isBefore(status.nextAttemptAt())) {
            throw new ExamRefusedException("error.exam.cooldown");
        }
        List<ExamQuestion> drawn = draw(course);
        try {
            return attempts.save(new ExamAttempt(null, userId, course.pinned().courseId(), course.pinned().id(),
                    status.attemptsUsed() + 1, write(drawn), null, null, null, now, null));
        } catch (DataAccessException raced) {
            // another request started this attempt number a moment earlier: use that one
            return status(userId, course).open().orElseThrow(() -> raced);
        }
    }

    /** The attempt with its questions, for the exam page; only the learner's own attempt for this course. */
    public ExamAttempt attempt(long userId, LearnerCourse course, long attemptId) {
        return attempts.findById(attemptId)
                .filter(a -> a.userId() == userId && a.courseRevisionId() == course.pinned().id())
                .orElseThrow(() -> new NotFoundException("exam attempt " + attemptId));
    }

    public List<QuizQuestion> questions(LearnerCourse course, ExamAttempt attempt) {
        return read(attempt.questionsJson()).stream().map(q -> question(course, q)).toList();
    }

    /**
     * Scores an attempt by {@link QuizScore}: answers are option keys by question position (0 for the first
     * question of the attempt). A submitted attempt cannot be submitted again.
     *
     * @throws ExamRefusedException when the attempt is already submitted, or an answer names an option its
     *                              question does not have (nothing is recorded, the attempt stays open)
     */
    @Transactional
    public ExamResult submit(long userId, LearnerCourse course, long attemptId, QuizAnswers answers) {
        ExamAttempt attempt = attempt(userId, course, attemptId);
        if (attempt.isSubmitted()) {
            throw new ExamRefusedException("error.exam.alreadySubmitted");
        }
        List<QuizQuestion> questions = questions(course, attempt);
        QuizScore score;
        try {
            score = QuizScore.of(questions, answers);
        } catch (UnknownOptionException unknown) {
            throw new ExamRefusedException(unknown.messageKey());
        }
        Map<String, List<String>> stored = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            stored.put(String.valueOf(i), answers.chosen(i).stream().sorted().toList());
        }
        boolean passed = score.reaches(course.pinned().exam().passMark());
        if (attempts.submit(attempt.id(), writeAnswers(stored), score.percent(), passed, Times.now(clock)) == 0) {
            throw new ExamRefusedException("error.exam.alreadySubmitted");
        }
        if (passed) {
            events.publishEvent(new ExamPassed(userId, course.pinned().courseId(), course.pinned().id(), attempt.id()));
        }
        return result(course, attempts.findById(attempt.id()).orElseThrow());
    }

    /** A submitted attempt's result with what was wrong and why. */
    public ExamResult result(LearnerCourse course, ExamAttempt attempt) {
        if (!attempt.isSubmitted()) {
            throw new ExamRefusedException("error.exam.notSubmitted");
        }
        Map<String, List<String>> answers = readAnswers(attempt.answersJson());
        List<QuizQuestion> questions = questions(course, attempt);
        List<ExamResult.Item> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuizQuestion question = questions.get(i);
            Set<String> chosen = Set.copyOf(answers.getOrDefault(String.valueOf(i), List.of()));
            QuizFeedback feedback = QuizFeedback.of(question, chosen);
            items.add(new ExamResult.Item(question.prompt(), texts(question, chosen), texts(question, feedback.correctOptions()), feedback));
        }
        return new ExamResult(attempt, course.pinned().exam().passMark(), items);
    }

    private List<ExamQuestion> draw(LearnerCourse course) {
        List<ExamQuestion> pool = new ArrayList<>();
        for (CourseRevision.Entry entry : course.lessons()) {
            LessonRevision lesson = course.lessonRevisions().get(entry.lessonRevisionId());
            lesson.content().quiz().forEach(q -> pool.add(new ExamQuestion(lesson.id(), q.key())));
        }
        Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, Math.min(pool.size(), course.pinned().exam().questionCount())));
    }

    private static QuizQuestion question(LearnerCourse course, ExamQuestion ref) {
        LessonRevision lesson = course.lessonRevisions().get(ref.lessonRevisionId());
        if (lesson == null) {
            throw new NotFoundException("exam question");
        }
        return lesson.content().quiz().stream().filter(q -> q.key().equals(ref.questionKey())).findFirst()
                .orElseThrow(() -> new NotFoundException("exam question " + ref.questionKey()));
    }

    private static List<String> texts(QuizQuestion question, Set<String> keys) {
        return question.options().stream().filter(o -> keys.contains(o.key())).map(QuizOption::text).toList();
    }

    private String write(List<ExamQuestion> questions) {
        try {
            return json.writeValueAsString(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String writeAnswers(Map<String, List<String>> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ExamQuestion> read(String text) {
        try {
            return json.readValue(text, QUESTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<String>> readAnswers(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
