package app.skillcurrent.web.learn;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The lesson player: the lesson with the learner's saved work, the course outline and progress. When a task,
 * quiz answer or completion was refused, its message is on that task ({@link Task#error}), question
 * ({@link Question#error}) or beside the complete button ({@code completeError}).
 *
 * @param previousId the lesson before this one, null on the first
 * @param nextId     the lesson after this one, null on the last
 * @param examReady  every lesson is complete, so the page offers the final exam
 */
record LessonPage(Course course, Lesson lesson, List<Task> tasks, List<Question> questions, int lessonCount,
                  long completeCount, int percent, List<OutlineEntry> outline, @Nullable Long previousId,
                  @Nullable Long nextId, boolean examReady, @Nullable String completeError) implements Page {

    @Override
    public String view() {
        return "learn/lesson";
    }

    /** The course as the learner follows it, and whether a newer major version waits for them. */
    record Course(String slug, String title, String version, String language, boolean updateAvailable,
                  String currentVersion) {
    }

    /** @param html the lesson text rendered from Markdown, already sanitised */
    record Lesson(long id, String title, int minutes, int number, String html, boolean complete, boolean updated) {
    }

    /**
     * @param reflection the task asks for written text rather than a tick
     * @param answer     the reflection as saved, or as sent when it was refused
     */
    record Task(int index, int number, String text, boolean reflection, boolean done, String answer,
                @Nullable String error) {
    }

    /** @param answered the learner answered it, so the page shows which options were right and why */
    record Question(String key, int number, String prompt, boolean multiple, List<Option> options, boolean answered,
                    boolean correct, String explanation, @Nullable String error) {
    }

    record Option(String key, String text, boolean chosen, boolean correct) {
    }

    /** @param state a {@code LessonState} name */
    record OutlineEntry(long id, int number, String title, String state, boolean current) {
    }
}
