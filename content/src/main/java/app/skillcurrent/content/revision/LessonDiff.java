package app.skillcurrent.content.revision;

import app.skillcurrent.content.diff.WordDiff;

import java.util.List;

/** What changed in a lesson between two of its revisions. */
public record LessonDiff(LessonRevision from, LessonRevision to, List<WordDiff.Segment> title,
                         List<WordDiff.Segment> body, List<WordDiff.Segment> tasks, QuizChanges quiz,
                         boolean topicsChanged, boolean minutesChanged) {

    public static LessonDiff between(LessonRevision from, LessonRevision to) {
        LessonContent a = from.content();
        LessonContent b = to.content();
        return new LessonDiff(from, to, WordDiff.diff(a.title(), b.title()), WordDiff.diff(a.body(), b.body()),
                WordDiff.diff(tasksText(a.tasks()), tasksText(b.tasks())), QuizChanges.between(a.quiz(), b.quiz()),
                !a.topicIds().equals(b.topicIds()), a.minutes() != b.minutes());
    }

    private static String tasksText(List<LessonTask> tasks) {
        StringBuilder text = new StringBuilder();
        for (LessonTask task : tasks) {
            text.append(task.kind() == TaskKind.CHECK ? "☐ " : "✎ ").append(task.text()).append('\n');
        }
        return text.toString();
    }
}
