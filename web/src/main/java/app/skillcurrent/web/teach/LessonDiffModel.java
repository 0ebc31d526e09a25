package app.skillcurrent.web.teach;

import app.skillcurrent.content.diff.WordDiff;
import app.skillcurrent.content.revision.LessonDiff;

import java.util.HashMap;
import java.util.Map;

/** A lesson diff laid out for the {@code lesson-diff} partial; used by instructors and by learners after an update. */
public final class LessonDiffModel {

    private LessonDiffModel() {
    }

    public static Map<String, Object> of(LessonDiff diff) {
        Map<String, Object> model = new HashMap<>();
        model.put("fromNumber", diff.from().number());
        model.put("toNumber", diff.to().number());
        model.put("lessonTitle", diff.to().content().title());
        model.put("titleHtml", WordDiff.toHtml(diff.title()));
        model.put("titleChanged", WordDiff.changed(diff.title()));
        model.put("bodyHtml", WordDiff.toHtml(diff.body()));
        model.put("bodyChanged", WordDiff.changed(diff.body()));
        model.put("tasksHtml", WordDiff.toHtml(diff.tasks()));
        model.put("tasksChanged", WordDiff.changed(diff.tasks()));
        model.put("quiz", ChangelogModel.quiz(diff.quiz()));
        model.put("topicsChanged", diff.topicsChanged());
        model.put("minutesChanged", diff.minutesChanged());
        return model;
    }
}
