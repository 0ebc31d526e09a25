package app.skillcurrent.web.changes;

import app.skillcurrent.content.diff.WordDiff;
import app.skillcurrent.content.revision.LessonDiff;

/**
 * A lesson diff as the {@code lesson-diff} partial shows it, to instructors and to learners after an update.
 * The {@code *Html} parts are word diffs already escaped by {@link WordDiff}, with {@code ins}/{@code del}.
 */
public record LessonDiffView(int fromNumber, int toNumber, String lessonTitle, String titleHtml, boolean titleChanged,
                             String bodyHtml, boolean bodyChanged, String tasksHtml, boolean tasksChanged,
                             QuizChangesView quiz, boolean topicsChanged, boolean minutesChanged) {

    public static LessonDiffView of(LessonDiff diff) {
        return new LessonDiffView(diff.from().number(), diff.to().number(), diff.to().content().title(),
                WordDiff.toHtml(diff.title()), WordDiff.changed(diff.title()),
                WordDiff.toHtml(diff.body()), WordDiff.changed(diff.body()),
                WordDiff.toHtml(diff.tasks()), WordDiff.changed(diff.tasks()),
                QuizChangesView.of(diff.quiz()), diff.topicsChanged(), diff.minutesChanged());
    }
}
