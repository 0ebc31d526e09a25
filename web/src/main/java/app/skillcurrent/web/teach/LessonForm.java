package app.skillcurrent.web.teach;

import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lesson editor's flat form fields, read into lesson content. Field names: {@code title}, {@code minutes},
 * {@code body}, {@code topic.<id>}, {@code task<i>.kind|text}, {@code q<i>.key|prompt|explanation|delete} and
 * {@code q<i>.o<j>.key|text|correct}. Empty task, question and option slots are ignored, so a form always
 * offers a spare slot without creating blank content. The editor shows one slot more than is filled, up to
 * the limits, and {@link #TASK_SLOTS} task slots.
 */
public final class LessonForm {

    public static final int TASK_SLOTS = LessonRules.MAX_TASKS + 1;
    public static final int OPTION_SLOTS = 5;
    private static final int QUESTION_SLOTS = LessonRules.MAX_QUESTIONS + 1;
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Content read from the form, and problems the form itself has (a number that is not a number). */
    public record Parsed(LessonContent content, Map<String, String> problems) {
    }

    private LessonForm() {
    }

    public static Parsed parse(Map<String, String> form) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        int minutes = 0;
        try {
            minutes = Integer.parseInt(value(form, "minutes"));
        } catch (NumberFormatException e) {
            problems.put("minutes", "error.lesson.minutes");
        }
        Set<Long> topics = new HashSet<>();
        for (String name : form.keySet()) {
            if (name.startsWith("topic.")) {
                try {
                    topics.add(Long.parseLong(name.substring("topic.".length())));
                } catch (NumberFormatException e) {
                    problems.put("topics", "error.lesson.unknownTopic");
                }
            }
        }
        List<LessonTask> tasks = new ArrayList<>();
        for (int i = 0; i < TASK_SLOTS; i++) {
            String text = value(form, "task" + i + ".text");
            if (!text.isBlank()) {
                tasks.add(new LessonTask("REFLECTION".equals(value(form, "task" + i + ".kind")) ? TaskKind.REFLECTION : TaskKind.CHECK, text.strip()));
            }
        }
        List<QuizQuestion> quiz = new ArrayList<>();
        for (int i = 0; i < QUESTION_SLOTS; i++) {
            String prefix = "q" + i + ".";
            if (!form.containsKey(prefix + "prompt") || "on".equals(form.get(prefix + "delete"))) {
                continue;
            }
            List<QuizOption> options = new ArrayList<>();
            for (int j = 0; j < OPTION_SLOTS; j++) {
                String option = prefix + "o" + j + ".";
                String text = value(form, option + "text");
                if (!text.isBlank()) {
                    options.add(new QuizOption(key(value(form, option + "key"), String.valueOf((char) ('a' + j))),
                            text.strip(), "on".equals(form.get(option + "correct"))));
                }
            }
            String prompt = value(form, prefix + "prompt");
            String explanation = value(form, prefix + "explanation");
            if (prompt.isBlank() && options.isEmpty() && explanation.isBlank()) {
                continue;
            }
            quiz.add(new QuizQuestion(key(value(form, prefix + "key"), newKey()), prompt.strip(), options, explanation.strip()));
        }
        // browsers send textarea line breaks as CRLF; stored text uses LF so diffs compare content, not line endings
        String body = value(form, "body").replace("\r\n", "\n").replace('\r', '\n');
        return new Parsed(new LessonContent(value(form, "title").strip(), body, minutes, tasks, quiz, topics), problems);
    }

    private static String key(String submitted, String fallback) {
        return KEY.matcher(submitted).matches() ? submitted : fallback;
    }

    private static String newKey() {
        return "q-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    private static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value;
    }
}
