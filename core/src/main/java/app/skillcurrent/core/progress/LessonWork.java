package app.skillcurrent.core.progress;

import java.util.Map;

/** A learner's saved work on one lesson revision: tasks by index, quiz feedback by question key. */
public record LessonWork(LessonState state, Map<Integer, TaskState> tasks, Map<String, QuizFeedback> answers) {

    public boolean allTasksDone(int taskCount) {
        for (int i = 0; i < taskCount; i++) {
            TaskState task = tasks.get(i);
            if (task == null || !task.done()) {
                return false;
            }
        }
        return true;
    }
}
