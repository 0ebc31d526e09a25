package app.skillcurrent.content.revision;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson must satisfy to be saved or published. Problems are reported per form field as message
 * keys, so the editor can show each next to its field.
 */
public final class LessonRules {

    public static final int MAX_TITLE = 150;
    public static final int MAX_BODY_BYTES = 200 * 1024;
    public static final int MAX_TASKS = 4;
    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_OPTIONS = 6;
    public static final int MAX_TEXT = 1000;

    private LessonRules() {
    }

    /** Field name → message key; empty when the lesson is acceptable. */
    public static Map<String, String> problems(LessonContent lesson, Set<Long> knownTopicIds) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (lesson.title() == null || lesson.title().isBlank()) {
            problems.put("title", "error.required");
        } else if (lesson.title().length() > MAX_TITLE) {
            problems.put("title", "error.tooLong.150");
        }
        if (lesson.body() == null || lesson.body().isBlank()) {
            problems.put("body", "error.required");
        } else if (lesson.body().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            problems.put("body", "error.lesson.bodyTooLarge");
        }
        if (lesson.minutes() < 1 || lesson.minutes() > 600) {
            problems.put("minutes", "error.lesson.minutes");
        }
        if (lesson.tasks().size() > MAX_TASKS) {
            problems.put("tasks", "error.lesson.tooManyTasks");
        }
        for (int i = 0; i < lesson.tasks().size(); i++) {
            LessonTask task = lesson.tasks().get(i);
            if (task.text() == null || task.text().isBlank() || task.text().length() > MAX_TEXT || task.kind() == null) {
                problems.put("task" + i, "error.lesson.task");
            }
        }
        if (lesson.quiz().size() > MAX_QUESTIONS) {
            problems.put("quiz", "error.lesson.tooManyQuestions");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < lesson.quiz().size(); i++) {
            String problem = questionProblem(lesson.quiz().get(i), keys);
            if (problem != null) {
                problems.put("q" + i, problem);
            }
        }
        if (!knownTopicIds.containsAll(lesson.topicIds())) {
            problems.put("topics", "error.lesson.unknownTopic");
        }
        return problems;
    }

    private static String questionProblem(QuizQuestion question, Set<String> keys) {
        if (question.key() == null || !keys.add(question.key())) {
            return "error.quiz.key";
        }
        if (question.prompt() == null || question.prompt().isBlank() || question.prompt().length() > MAX_TEXT) {
            return "error.quiz.prompt";
        }
        if (question.options().size() < 2 || question.options().size() > MAX_OPTIONS) {
            return "error.quiz.options";
        }
        Set<String> optionKeys = new HashSet<>();
        for (QuizOption option : question.options()) {
            if (option.text() == null || option.text().isBlank() || option.text().length() > MAX_TEXT
                    || option.key() == null || !optionKeys.add(option.key())) {
                return "error.quiz.options";
            }
        }
        if (question.options().stream().noneMatch(QuizOption::correct)) {
            return "error.quiz.noCorrect";
        }
        if (question.explanation() == null || question.explanation().isBlank() || question.explanation().length() > MAX_TEXT) {
            return "error.quiz.explanation";
        }
        return null;
    }
}
