package app.skillcurrent.web.teach;

import app.skillcurrent.content.revision.CourseChangelog;
import app.skillcurrent.content.revision.QuizChanges;
import app.skillcurrent.content.revision.QuizQuestion;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A course changelog laid out for templates; shared by the instructor history and the public course page. */
@Singleton
public class ChangelogModel {

    /** @param diffBase where lesson diffs live, followed by {@code <lessonId>/diff?from=..&to=..} */
    public Map<String, Object> of(CourseChangelog log, String diffBase) {
        Map<String, Object> model = new HashMap<>();
        model.put("from", log.from().version().toString());
        model.put("to", log.to().version().toString());
        model.put("severity", log.to().severity().name());
        model.put("changeNote", log.to().changeNote());
        model.put("added", log.added().stream().map(l -> Map.of("title", l.content().title())).toList());
        model.put("removed", log.removed().stream().map(l -> Map.of("title", l.content().title())).toList());
        model.put("changed", log.changed().stream().map(c -> {
            Map<String, Object> row = new HashMap<>();
            row.put("title", c.to().content().title());
            row.put("diffUrl", diffBase == null ? null
                    : diffBase + c.to().lessonId() + "/diff?from=" + c.from().number() + "&to=" + c.to().number());
            row.put("quiz", quiz(c.quiz()));
            return row;
        }).toList());
        model.put("reordered", log.reordered());
        model.put("settingsChanged", log.settingsChanged());
        model.put("empty", log.isEmpty());
        return model;
    }

    static Map<String, Object> quiz(QuizChanges changes) {
        return Map.of("any", changes.any(), "added", prompts(changes.added()), "removed", prompts(changes.removed()),
                "changed", prompts(changes.changed()));
    }

    private static List<String> prompts(List<QuizQuestion> questions) {
        return questions.stream().map(QuizQuestion::prompt).toList();
    }
}
