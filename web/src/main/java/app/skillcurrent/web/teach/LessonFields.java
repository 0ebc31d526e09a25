package app.skillcurrent.web.teach;

import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.view.FieldErrors;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson laid out in the editor's slots: all four task slots, the questions plus one spare (up to the limit),
 * five option slots per question. A task's or question's problem ({@code task<i>}, {@code q<i>} from
 * {@code LessonRules}) is shown in its own slot.
 *
 * @param minutes as typed, which is not always a number
 */
record LessonFields(String title, String minutes, String body, List<Task> tasks, List<Question> questions,
                    List<TopicChoice> topics) {

    static final int OPTION_SLOTS = 5;

    record Task(int index, int number, String text, boolean reflection, @Nullable String problem) {
    }

    /** @param isNew the spare slot for adding a question */
    record Question(int index, int number, boolean isNew, String key, String prompt, String explanation,
                    List<Option> options, @Nullable String problem) {
    }

    record Option(int index, String letter, String key, String text, boolean correct) {
    }

    static LessonFields of(LessonContent content, String minutes, Topics topics, FieldErrors errors) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < LessonRules.MAX_TASKS; i++) {
            LessonTask task = i < content.tasks().size() ? content.tasks().get(i) : null;
            tasks.add(new Task(i, i + 1, task == null ? "" : task.text(), task != null && task.kind() == TaskKind.REFLECTION,
                    errors.field().get("task" + i)));
        }
        List<Question> questions = new ArrayList<>();
        int slots = Math.min(content.quiz().size() + 1, LessonRules.MAX_QUESTIONS);
        for (int i = 0; i < slots; i++) {
            QuizQuestion question = i < content.quiz().size() ? content.quiz().get(i) : null;
            questions.add(question == null
                    ? new Question(i, i + 1, true, "", "", "", options(null), null)
                    : new Question(i, i + 1, false, question.key(), question.prompt(), question.explanation(),
                            options(question), errors.field().get("q" + i)));
        }
        return new LessonFields(content.title(), minutes, content.body(), tasks, questions,
                TopicChoice.all(topics, content.topicIds()));
    }

    private static List<Option> options(@Nullable QuizQuestion question) {
        List<Option> options = new ArrayList<>();
        for (int j = 0; j < OPTION_SLOTS; j++) {
            QuizOption option = question != null && j < question.options().size() ? question.options().get(j) : null;
            options.add(new Option(j, String.valueOf((char) ('A' + j)), option == null ? "" : option.key(),
                    option == null ? "" : option.text(), option != null && option.correct()));
        }
        return options;
    }
}
