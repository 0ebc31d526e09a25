package app.skillcurrent.web.changes;

import app.skillcurrent.content.revision.CourseChangelog;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A course changelog as the {@code changelog} partial shows it: to instructors in a course's history and to
 * learners deciding whether to move to a new version.
 */
public record ChangelogView(String from, String to, String severity, String changeNote, List<String> added,
                            List<String> removed, List<Changed> changed, boolean reordered, boolean settingsChanged,
                            boolean empty) {

    /** A lesson that changed; {@code diffUrl} is null where no diff page is offered. */
    public record Changed(String title, @Nullable String diffUrl, QuizChangesView quiz) {
    }

    /** @param diffBase where lesson diffs live, followed by {@code <lessonId>/diff?from=..&to=..}; null for none */
    public static ChangelogView of(CourseChangelog log, @Nullable String diffBase) {
        return new ChangelogView(log.from().version().toString(), log.to().version().toString(),
                log.to().severity().name(), log.to().changeNote(),
                log.added().stream().map(l -> l.content().title()).toList(),
                log.removed().stream().map(l -> l.content().title()).toList(),
                log.changed().stream().map(c -> new Changed(c.to().content().title(),
                        diffBase == null ? null : diffBase + c.to().lessonId() + "/diff?from=" + c.from().number() + "&to=" + c.to().number(),
                        QuizChangesView.of(c.quiz()))).toList(),
                log.reordered(), log.settingsChanged(), log.isEmpty());
    }
}
