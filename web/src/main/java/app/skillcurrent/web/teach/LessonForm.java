package app.skillcurrent.web.teach;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.support.validation.WholeNumber;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The lesson editor's form as sent. Micronaut binds a field named {@code tasks.0.text} into the {@code text} of
 * the entry {@code "0"} of {@code tasks}, so the slots arrive keyed by their number: {@code tasks.<i>.kind|text},
 * {@code questions.<i>.key|prompt|explanation|delete}, {@code questions.<i>.options.<j>.key|text|correct}; the
 * checked topics arrive as repeated {@code topics} values. Slot numbers are keys rather than list positions
 * ({@code tasks[0]}) on purpose: Micronaut's binder grows a list until it reaches the index it is given and never
 * stops when indexes arrive out of order, which a crafted request could use to exhaust the server's memory.
 * Slots left empty are ignored, so the editor can always offer a spare one without creating blank content.
 *
 * <p>The constraints cover what the text must be to be read (the minutes a number, topics ids); whether the
 * lesson can be saved is {@code LessonRules}', checked on saving only, so a preview works on an unfinished
 * lesson.
 */
@Serdeable
record LessonForm(
        @Label("teach.field.title") @Nullable String title,
        @NotBlank(message = "error.lesson.minutes") @WholeNumber(min = Integer.MIN_VALUE, max = Integer.MAX_VALUE, message = "error.lesson.minutes")
        @Label("teach.field.minutes") @Nullable String minutes,
        @Label("teach.field.body") @Nullable String body,
        @WholeNumber(message = "error.lesson.unknownTopic") @Label("teach.field.topics") @Nullable List<String> topics,
        @Label("teach.tasks") @Nullable Map<String, TaskSlot> tasks,
        @Label("teach.quiz") @Nullable Map<String, QuestionSlot> questions,
        @Nullable String draftVersion,
        @Nullable String action) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern SLOT_NUMBER = Pattern.compile("\\d");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CHECKED = "on";

    /** A learning task's slot: its kind ({@code CHECK} or {@code REFLECTION}) and text. */
    @Serdeable
    record TaskSlot(@Label("teach.task.kind") @Nullable String kind, @Label("teach.task.text") @Nullable String text) {
    }

    /** A quiz question's slot; {@code key} is empty for a new question and kept across revisions otherwise. */
    @Serdeable
    record QuestionSlot(@Nullable String key, @Label("teach.question.prompt") @Nullable String prompt, @Label("teach.question.explanation") @Nullable String explanation,
                        @Nullable String delete, @Label("teach.question") @Nullable Map<String, OptionSlot> options) {
    }

    /** An answer option's slot; {@code correct} is {@code on} when its box is checked. */
    @Serdeable
    record OptionSlot(@Nullable String key, @Label("teach.option") @Nullable String text, @Nullable String correct) {
    }

    /** Preview shows the lesson rendered without saving it. */
    boolean previewing() {
        return "preview".equals(action);
    }

    /** The draft version the editor loaded; a missing one matches none, so the save counts as a conflict. */
    int expectedVersion() {
        return draftVersion != null && draftVersion.matches("\\d{1,9}") ? Integer.parseInt(draftVersion) : -1;
    }

    /**
     * The lesson as entered. New questions get a fresh key here, so call it once per request. While the minutes
     * are not a number they count as 0: the form is then rejected and shows the text as typed.
     */
    LessonContent content() {
        // browsers send textarea line breaks as CRLF; stored text uses LF so diffs compare content, not line endings
        String text = text(body).replace("\r\n", "\n").replace('\r', '\n');
        return new LessonContent(text(title).strip(), text, enteredMinutes(), enteredTasks(), enteredQuiz(), CheckedIds.of(topics));
    }

    private int enteredMinutes() {
        try {
            return Integer.parseInt(text(minutes).strip());
        } catch (NumberFormatException notYet) {
            return 0;
        }
    }

    private List<LessonTask> enteredTasks() {
        List<LessonTask> entered = new ArrayList<>();
        for (TaskSlot slot : slots(tasks).values()) {
            if (slot != null && !text(slot.text()).isBlank()) {
                entered.add(new LessonTask("REFLECTION".equals(slot.kind()) ? TaskKind.REFLECTION : TaskKind.CHECK, slot.text().strip()));
            }
        }
        return entered;
    }

    private List<QuizQuestion> enteredQuiz() {
        List<QuizQuestion> entered = new ArrayList<>();
        for (QuestionSlot slot : slots(questions).values()) {
            if (slot == null || slot.prompt() == null || CHECKED.equals(slot.delete())) {
                continue;
            }
            List<QuizOption> options = new ArrayList<>();
            slots(slot.options()).forEach((j, option) -> {
                if (option != null && !text(option.text()).isBlank()) {
                    // an option without a key of its own is named by its slot: a, b, c...
                    options.add(new QuizOption(key(option.key(), String.valueOf((char) ('a' + j))), option.text().strip(),
                            CHECKED.equals(option.correct())));
                }
            });
            String prompt = text(slot.prompt());
            String explanation = text(slot.explanation());
            if (prompt.isBlank() && options.isEmpty() && explanation.isBlank()) {
                continue;
            }
            entered.add(new QuizQuestion(key(slot.key(), newKey()), prompt.strip(), options, explanation.strip()));
        }
        return entered;
    }

    /** The slots in their order; an entry whose key is no slot number (0 to 9, as many as the editor offers) is none. */
    private static <T> SortedMap<Integer, T> slots(@Nullable Map<String, T> slots) {
        SortedMap<Integer, T> ordered = new TreeMap<>();
        if (slots != null) {
            slots.forEach((number, slot) -> {
                if (SLOT_NUMBER.matcher(number).matches()) {
                    ordered.put(Integer.parseInt(number), slot);
                }
            });
        }
        return ordered;
    }

    private static String key(@Nullable String submitted, String fallback) {
        return submitted != null && KEY.matcher(submitted).matches() ? submitted : fallback;
    }

    private static String newKey() {
        return "q-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
