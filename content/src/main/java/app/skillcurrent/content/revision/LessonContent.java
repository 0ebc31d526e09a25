package app.skillcurrent.content.revision;

import java.util.List;
import java.util.Set;

/** Everything a lesson says: the same shape in a draft and in a published revision. */
public record LessonContent(String title, String body, int minutes, List<LessonTask> tasks,
                            List<QuizQuestion> quiz, Set<Long> topicIds) {

    public LessonContent {
        tasks = List.copyOf(tasks);
        quiz = List.copyOf(quiz);
        topicIds = Set.copyOf(topicIds);
    }
}
