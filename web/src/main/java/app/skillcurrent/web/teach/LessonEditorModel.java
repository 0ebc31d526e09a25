package app.skillcurrent.web.teach;

import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lesson content laid out for the editor template: fixed task slots, questions plus one spare, option slots. */
final class LessonEditorModel {

    private LessonEditorModel() {
    }

    static Map<String, Object> of(LessonContent content, Topics topics) {
        Map<String, Object> lesson = new HashMap<>();
        lesson.put("title", content.title());
        lesson.put("minutes", content.minutes());
        lesson.put("body", content.body());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < LessonRules.MAX_TASKS; i++) {
            LessonTask task = i < content.tasks().size() ? content.tasks().get(i) : null;
            tasks.add(Map.of("index", i, "number", i + 1, "text", task == null ? "" : task.text(),
                    "reflection", task != null && task.kind() == TaskKind.REFLECTION));
        }
        lesson.put("tasks", tasks);
        List<Map<String, Object>> questions = new ArrayList<>();
        int slots = Math.min(content.quiz().size() + 1, LessonRules.MAX_QUESTIONS);
        for (int i = 0; i < slots; i++) {
            QuizQuestion question = i < content.quiz().size() ? content.quiz().get(i) : null;
            List<Map<String, Object>> options = new ArrayList<>();
            for (int j = 0; j < LessonForm.OPTION_SLOTS; j++) {
                QuizOption option = question != null && j < question.options().size() ? question.options().get(j) : null;
                options.add(Map.of("index", j, "letter", String.valueOf((char) ('A' + j)),
                        "key", option == null ? "" : option.key(), "text", option == null ? "" : option.text(),
                        "correct", option != null && option.correct()));
            }
            Map<String, Object> q = new HashMap<>();
            q.put("index", i);
            q.put("number", i + 1);
            q.put("isNew", question == null);
            q.put("key", question == null ? "" : question.key());
            q.put("prompt", question == null ? "" : question.prompt());
            q.put("explanation", question == null ? "" : question.explanation());
            q.put("options", options);
            questions.add(q);
        }
        lesson.put("questions", questions);
        List<Map<String, Object>> topicChoices = new ArrayList<>();
        for (Topic topic : topics.all()) {
            topicChoices.add(Map.of("id", topic.id(), "label", topics.label(topic.id()),
                    "platform", topic.isPlatform(), "checked", content.topicIds().contains(topic.id())));
        }
        lesson.put("topics", topicChoices);
        return lesson;
    }
}
