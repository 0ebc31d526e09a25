package app.skillcurrent.web.learn;

import app.skillcurrent.content.revision.CourseChangelog;
import app.skillcurrent.content.revision.LessonDiff;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.web.changes.ChangelogView;
import app.skillcurrent.web.changes.LessonDiffView;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What changed between the version a learner follows and the current one, for deciding whether to move: the
 * changelog and a word diff of every changed lesson. Without a newer major version it says so.
 *
 * @param changelog null when no update is available
 */
record UpdatePage(Course course, boolean updateAvailable, @Nullable ChangelogView changelog,
                  List<LessonDiffView> diffs) implements Page {

    @Override
    public String view() {
        return "learn/update";
    }

    /** @param title the current version's title, the one the learner would move to */
    record Course(String slug, String title, String version, String currentVersion) {
    }

    /** @param changelog from the learner's version to the current one, null when no update is available */
    static UpdatePage of(LearnerCourse course, @Nullable CourseChangelog changelog) {
        Course heading = new Course(course.slug(), course.current().title(), course.pinned().version().toString(),
                course.current().version().toString());
        if (changelog == null) {
            return new UpdatePage(heading, false, null, List.of());
        }
        return new UpdatePage(heading, true, ChangelogView.of(changelog, null), changelog.changed().stream()
                .map(c -> LessonDiffView.of(LessonDiff.between(c.from(), c.to()))).toList());
    }
}
