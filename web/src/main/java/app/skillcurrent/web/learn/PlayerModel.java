package app.skillcurrent.web.learn;

import app.skillcurrent.content.render.MarkdownRenderer;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.progress.LessonState;
import app.skillcurrent.core.progress.LessonWork;
import app.skillcurrent.core.progress.QuizFeedback;
import app.skillcurrent.core.progress.TaskState;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lesson player's page model: the lesson, the learner's saved work, the outline and progress. */
@Singleton
class PlayerModel {

    private final MarkdownRenderer markdown;

    PlayerModel(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** @param examReady every lesson is complete, so the page offers the final exam */
    Map<String, Object> of(LearnerCourse course, long lessonId, LessonWork work, Map<Long, LessonState> states,
                           boolean examReady) {
        LessonRevision lesson = course.lesson(lessonId);
        int index = course.indexOf(lessonId);
        List<CourseRevision.Entry> entries = course.lessons();
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", course.slug(), "title", course.pinned().title(),
                "version", course.pinned().version().toString(), "language", course.pinned().language(),
                "updateAvailable", course.updateAvailable(), "currentVersion", course.current().version().toString()));
        Map<String, Object> current = new HashMap<>();
        current.put("id", lessonId);
        current.put("title", lesson.content().title());
        current.put("minutes", lesson.content().minutes());
        current.put("number", index + 1);
        current.put("html", markdown.render(lesson.id(), lesson.content().body()));
        current.put("state", work.state().name());
        current.put("complete", work.state() == LessonState.COMPLETE);
        current.put("updated", work.state() == LessonState.UPDATED);
        model.put("lesson", current);
        model.put("tasks", tasks(lesson.content().tasks(), work.tasks()));
        model.put("questions", questions(lesson.content().quiz(), work.answers()));
        model.put("lessonCount", entries.size());
        long complete = states.values().stream().filter(s -> s == LessonState.COMPLETE).count();
        model.put("completeCount", complete);
        model.put("percent", entries.isEmpty() ? 0 : Math.round(100f * complete / entries.size()));
        List<Map<String, Object>> outline = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CourseRevision.Entry entry = entries.get(i);
            LessonState state = states.get(entry.lessonId());
            outline.add(Map.of("id", entry.lessonId(), "number", i + 1,
                    "title", course.lessonRevisions().get(entry.lessonRevisionId()).content().title(),
                    "state", state.name(), "current", entry.lessonId() == lessonId));
        }
        model.put("outline", outline);
        if (index > 0) {
            model.put("previous", Map.of("id", entries.get(index - 1).lessonId()));
        }
        if (index + 1 < entries.size()) {
            model.put("next", Map.of("id", entries.get(index + 1).lessonId()));
        }
        model.put("examReady", examReady);
        return model;
    }

    private static List<Map<String, Object>> tasks(List<LessonTask> tasks, Map<Integer, TaskState> saved) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskState state = saved.get(i);
            Map<String, Object> task = new HashMap<>();
            task.put("index", i);
            task.put("number", i + 1);
            task.put("text", tasks.get(i).text());
            task.put("reflection", tasks.get(i).kind() == TaskKind.REFLECTION);
            task.put("done", state != null && state.done());
            task.put("answer", state == null || state.reflection() == null ? "" : state.reflection());
            result.add(task);
        }
        return result;
    }

    private static List<Map<String, Object>> questions(List<QuizQuestion> quiz, Map<String, QuizFeedback> answers) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) {
            QuizQuestion question = quiz.get(i);
            QuizFeedback feedback = answers.get(question.key());
            List<Map<String, Object>> options = new ArrayList<>();
            for (QuizOption option : question.options()) {
                boolean chosen = feedback != null && feedback.chosen().contains(option.key());
                options.add(Map.of("key", option.key(), "text", option.text(), "chosen", chosen,
                        "correct", feedback != null && feedback.correctOptions().contains(option.key())));
            }
            Map<String, Object> q = new HashMap<>();
            q.put("key", question.key());
            q.put("number", i + 1);
            q.put("prompt", question.prompt());
            q.put("multiple", question.multipleCorrect());
            q.put("options", options);
            q.put("answered", feedback != null);
            q.put("correct", feedback != null && feedback.correct());
            q.put("explanation", question.explanation());
            result.add(q);
        }
        return result;
    }
}
