package app.skillcurrent.core.progress;

import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.revision.UnknownOptionException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.account.AccountLock;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A learner's progress, kept per stable lesson id so it survives new course revisions: a lesson completed in
 * the revision the learner now follows stays complete; one completed in an older, different revision is
 * "updated" and must be revisited. Every write is an upsert on a natural key.
 */
@Singleton
public class Progress {

    public static final int MAX_REFLECTION = 2000;

    private final ProgressRepository progress;
    private final AccountLock accounts;
    private final Clock clock;

    Progress(ProgressRepository progress, AccountLock accounts, Clock clock) {
        this.accounts = accounts;
        this.progress = progress;
        this.clock = clock;
    }

    /** The state of every lesson of the learner's version, by lesson id, in course order. */
    public Map<Long, LessonState> states(long userId, LearnerCourse course) {
        return states(Map.of(userId, Map.of(course.slug(), course))).get(userId).get(course.slug());
    }

    /**
     * Lesson states of many learners' courses (learner, then course address, as {@code followed} is keyed),
     * read with one query.
     */
    public Map<Long, Map<String, Map<Long, LessonState>>> states(Map<Long, Map<String, LearnerCourse>> followed) {
        Set<Long> lessonIds = new HashSet<>();
        followed.values().forEach(courses -> courses.values().forEach(c -> lessonIds.addAll(lessonIds(c))));
        Map<Long, Map<Long, Long>> completedRevision = new HashMap<>();
        if (!followed.isEmpty() && !lessonIds.isEmpty()) {
            for (ProgressRows.CompletedBy row : progress.completedBy(followed.keySet(), lessonIds)) {
                completedRevision.computeIfAbsent(row.userId(), k -> new HashMap<>()).put(row.lessonId(), row.lessonRevisionId());
            }
        }
        Map<Long, Map<String, Map<Long, LessonState>>> states = new HashMap<>();
        followed.forEach((userId, courses) -> courses.forEach((slug, course) ->
                states.computeIfAbsent(userId, k -> new HashMap<>())
                        .put(slug, states(course, completedRevision.getOrDefault(userId, Map.of())))));
        return states;
    }

    public boolean allComplete(long userId, LearnerCourse course) {
        return LessonInCourse.allComplete(states(userId, course));
    }

    /**
     * The states of all the course's lessons and the saved work on one of them, read with one query: the
     * lesson page shows both on every view. Work saved against another revision of the lesson is not shown.
     */
    public LessonInCourse lessonInCourse(long userId, LearnerCourse course, long lessonId) {
        LessonRevision lesson = course.lesson(lessonId);
        Map<String, QuizQuestion> questions = lesson.content().quiz().stream()
                .collect(Collectors.toMap(QuizQuestion::key, q -> q));
        Map<Long, Long> completedRevision = new HashMap<>();
        Map<Integer, TaskState> tasks = new HashMap<>();
        Map<String, QuizFeedback> answers = new HashMap<>();
        for (ProgressRows.Saved row : progress.saved(userId, lessonIds(course), lessonId)) {
            boolean thisRevision = row.lessonRevisionId() == lesson.id();
            switch (row.kind()) {
                case COMPLETED -> completedRevision.put(row.lessonId(), row.lessonRevisionId());
                case TASK -> {
                    if (thisRevision) {
                        tasks.put(row.taskIndex(), new TaskState(row.taskIndex(), row.flag() == 1, row.text()));
                    }
                }
                case ANSWER -> {
                    QuizQuestion question = questions.get(row.questionKey());
                    if (thisRevision && question != null) {
                        answers.put(question.key(), QuizFeedback.of(question, split(row.text())));
                    }
                }
            }
        }
        Map<Long, LessonState> states = states(course, completedRevision);
        return new LessonInCourse(states, new LessonWork(states.get(lessonId), tasks, answers));
    }

    private static List<Long> lessonIds(LearnerCourse course) {
        return course.lessons().stream().map(CourseRevision.Entry::lessonId).toList();
    }

    private static Map<Long, LessonState> states(LearnerCourse course, Map<Long, Long> completedRevision) {
        Map<Long, LessonState> states = new LinkedHashMap<>();
        for (CourseRevision.Entry entry : course.lessons()) {
            Long done = completedRevision.get(entry.lessonId());
            states.put(entry.lessonId(), done == null ? LessonState.NOT_STARTED
                    : done == entry.lessonRevisionId() ? LessonState.COMPLETE : LessonState.UPDATED);
        }
        return states;
    }

    /** Erases the learner's own writing (task reflections) in the caller's transaction (ADR 0015). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void eraseWrittenAnswers(long userId) {
        progress.eraseReflections(userId);
    }

    /**
     * Saves a task: a tick for a CHECK task, a written reflection (which counts as done when not blank) for a
     * REFLECTION task. The writer's account is share-locked first: an erasure at this moment either erases
     * this text with the rest or has ended, and then nothing is written (ADR 0015).
     *
     * @throws NotFoundException when the account has been erased meanwhile
     */
    @Transactional
    public TaskState saveTask(long userId, LearnerCourse course, long lessonId, int taskIndex, boolean done, String reflection) {
        LessonRevision lesson = course.lesson(lessonId);
        List<LessonTask> tasks = lesson.content().tasks();
        if (taskIndex < 0 || taskIndex >= tasks.size()) {
            throw new InvalidAnswerException("task", "error.learn.unknownTask");
        }
        String text = null;
        boolean isDone = done;
        if (tasks.get(taskIndex).kind() == TaskKind.REFLECTION) {
            text = reflection == null ? "" : reflection.strip();
            if (text.length() > MAX_REFLECTION) {
                throw new InvalidAnswerException("reflection", "error.learn.reflectionTooLong");
            }
            isDone = !text.isEmpty();
        }
        accounts.share(userId).orElseThrow(() -> new NotFoundException("account " + userId));
        progress.saveTask(userId, lessonId, taskIndex, lesson.id(), isDone, text, Times.now(clock));
        return new TaskState(taskIndex, isDone, text);
    }

    /**
     * Records an answer to a quiz question of this lesson and returns the feedback to show at once, marked as
     * every quiz is ({@link QuizQuestion#isRightAnswer}). Unlike on a quiz answered on one form, where a
     * question may be left out, an answer here must choose something, and one option only for a question with
     * one right option.
     */
    public QuizFeedback answer(long userId, LearnerCourse course, long lessonId, String questionKey, Set<String> chosen) {
        LessonRevision lesson = course.lesson(lessonId);
        QuizQuestion question = lesson.content().quiz().stream().filter(q -> q.key().equals(questionKey)).findFirst()
                .orElseThrow(() -> new InvalidAnswerException("chosen", "error.learn.unknownQuestion"));
        if (chosen.isEmpty()) {
            throw new InvalidAnswerException("chosen", "error.learn.chooseAnswer");
        }
        if (!question.offers(chosen)) {
            throw new InvalidAnswerException("chosen", UnknownOptionException.MESSAGE_KEY);
        }
        if (!question.multipleCorrect() && chosen.size() > 1) {
            throw new InvalidAnswerException("chosen", "error.learn.oneAnswer");
        }
        QuizFeedback feedback = QuizFeedback.of(question, chosen);
        progress.saveAnswer(userId, lessonId, questionKey, lesson.id(), String.join(",", feedback.chosen()),
                feedback.correct(), Times.now(clock));
        return feedback;
    }

    /**
     * Marks the lesson complete in the learner's version: every task done and every quiz question answered.
     * Repeating it changes nothing.
     */
    public void complete(long userId, LearnerCourse course, long lessonId) {
        LessonRevision lesson = course.lesson(lessonId);
        LessonWork work = lessonInCourse(userId, course, lessonId).work();
        if (!work.allTasksDone(lesson.content().tasks().size())) {
            throw new InvalidAnswerException("complete", "error.learn.tasksOpen");
        }
        if (work.answers().size() < lesson.content().quiz().size()) {
            throw new InvalidAnswerException("complete", "error.learn.quizOpen");
        }
        progress.complete(userId, lessonId, lesson.id(), Times.now(clock));
    }

    /**
     * The lessons a renewal asked for were read and their delta quiz passed: they count as complete at
     * these revisions, so the learner is not sent back through them.
     */
    public void completedByRenewal(long userId, List<LessonRevision> lessons) {
        Instant now = Times.now(clock);
        lessons.forEach(lesson -> progress.complete(userId, lesson.lessonId(), lesson.id(), now));
    }

    private static Set<String> split(String chosen) {
        return chosen.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(chosen.split(",")));
    }
}
