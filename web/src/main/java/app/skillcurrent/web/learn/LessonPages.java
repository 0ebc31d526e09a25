package app.skillcurrent.web.learn;

import app.skillcurrent.content.render.MarkdownRenderer;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.progress.LessonInCourse;
import app.skillcurrent.core.progress.LessonState;
import app.skillcurrent.core.progress.QuizFeedback;
import app.skillcurrent.core.progress.TaskState;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link LessonPage} from what the lesson route has read: the learner's course and their progress
 * in it. It reads nothing itself; the rendered lesson text comes from the renderer's cache.
 */
@Singleton
class LessonPages {

    private final MarkdownRenderer markdown;

    LessonPages(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** @param problem a refused change to show where it belongs, null when nothing was refused */
    LessonPage of(LearnerCourse course, long lessonId, LessonInCourse progress, @Nullable LessonProblem problem) {
        LessonRevision lesson = course.lesson(lessonId);
        int index = course.indexOf(lessonId);
        List<CourseRevision.Entry> entries = course.lessons();
        Map<Long, LessonState> states = progress.states();
        LessonState state = progress.work().state();
        long complete = states.values().stream().filter(s -> s == LessonState.COMPLETE).count();
        return new LessonPage(
                new LessonPage.Course(course.slug(), course.pinned().title(), course.pinned().version().toString(),
                        course.pinned().language(), course.updateAvailable(), course.current().version().toString()),
                new LessonPage.Lesson(lessonId, lesson.content().title(), lesson.content().minutes(), index + 1,
                        markdown.render(lesson.id(), lesson.content().body()),
                        state == LessonState.COMPLETE, state == LessonState.UPDATED),
                tasks(lesson.content().tasks(), progress.work().tasks(), problem),
                questions(lesson.content().quiz(), progress.work().answers(), problem),
                entries.size(), complete, entries.isEmpty() ? 0 : Math.round(100f * complete / entries.size()),
                outline(course, lessonId, states),
                index > 0 ? entries.get(index - 1).lessonId() : null,
                index + 1 < entries.size() ? entries.get(index + 1).lessonId() : null,
                // the exam's own page shows attempts and results; the lesson only needs to know whether to offer it
                progress.allComplete(),
                problem instanceof LessonProblem.OnComplete refused ? refused.message() : null);
    }

    private static List<LessonPage.Task> tasks(List<LessonTask> tasks, Map<Integer, TaskState> saved,
                                               @Nullable LessonProblem problem) {
        List<LessonPage.Task> result = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskState state = saved.get(i);
            String answer = state == null || state.reflection() == null ? "" : state.reflection();
            String error = null;
            if (problem instanceof LessonProblem.OnTask refused && refused.index() == i) {
                error = refused.message();
                answer = refused.typed() == null ? answer : refused.typed();
            }
            result.add(new LessonPage.Task(i, i + 1, tasks.get(i).text(), tasks.get(i).kind() == TaskKind.REFLECTION,
                    state != null && state.done(), answer, error));
        }
        return result;
    }

    private static List<LessonPage.Question> questions(List<QuizQuestion> quiz, Map<String, QuizFeedback> answers,
                                                       @Nullable LessonProblem problem) {
        List<LessonPage.Question> result = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) {
            QuizQuestion question = quiz.get(i);
            QuizFeedback feedback = answers.get(question.key());
            List<LessonPage.Option> options = question.options().stream()
                    .map(o -> new LessonPage.Option(o.key(), o.text(),
                            feedback != null && feedback.chosen().contains(o.key()),
                            feedback != null && feedback.correctOptions().contains(o.key())))
                    .toList();
            String error = problem instanceof LessonProblem.OnQuestion refused && refused.key().equals(question.key())
                    ? refused.message() : null;
            result.add(new LessonPage.Question(question.key(), i + 1, question.prompt(), question.multipleCorrect(),
                    options, feedback != null, feedback != null && feedback.correct(), question.explanation(), error));
        }
        return result;
    }

    private static List<LessonPage.OutlineEntry> outline(LearnerCourse course, long lessonId, Map<Long, LessonState> states) {
        List<CourseRevision.Entry> entries = course.lessons();
        List<LessonPage.OutlineEntry> outline = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CourseRevision.Entry entry = entries.get(i);
            outline.add(new LessonPage.OutlineEntry(entry.lessonId(), i + 1,
                    course.lessonRevisions().get(entry.lessonRevisionId()).content().title(),
                    states.get(entry.lessonId()).name(), entry.lessonId() == lessonId));
        }
        return outline;
    }
}
