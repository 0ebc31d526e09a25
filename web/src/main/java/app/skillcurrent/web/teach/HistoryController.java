package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.DraftRestore;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.History;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.web.changes.ChangelogView;
import app.skillcurrent.web.changes.LessonDiffView;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Version history of courses and lessons, changelogs, word diffs, and restoring an old version into the draft. */
@Controller("/teach/courses/{slug}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class HistoryController {

    private final CourseEditors editors;
    private final LessonDrafts lessonDrafts;
    private final DraftRestore draftRestore;
    private final Revisions revisions;
    private final History history;

    HistoryController(CourseEditors editors, LessonDrafts lessonDrafts, DraftRestore draftRestore, Revisions revisions,
                      History history) {
        this.editors = editors;
        this.lessonDrafts = lessonDrafts;
        this.draftRestore = draftRestore;
        this.revisions = revisions;
        this.history = history;
    }

    @Get("/history") @Html
    CourseHistoryPage courseHistory(Editor editor, @PathVariable String slug) {
        Course course = editors.course(editor, slug);
        List<CourseRevision> all = revisions.courseHistory(course.id());
        List<CourseHistoryPage.Revision> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CourseRevision revision = all.get(i);
            rows.add(new CourseHistoryPage.Revision(revision.version().toString(), revision.severity().name(),
                    revision.changeNote(), day(revision.publishedAt()), i == 0,
                    i + 1 < all.size() ? all.get(i + 1).version().toString() : null));
        }
        return new CourseHistoryPage(CourseRef.of(course), rows);
    }

    @Get("/changes/{from}/{to}") @Html
    ChangelogPage changelog(Editor editor, @PathVariable String slug, @PathVariable String from, @PathVariable String to) {
        Course course = editors.course(editor, slug);
        Version a = Version.parse(from).orElseThrow(() -> new NotFoundException("version " + from));
        Version b = Version.parse(to).orElseThrow(() -> new NotFoundException("version " + to));
        return new ChangelogPage(CourseRef.of(course),
                ChangelogView.of(history.changelog(course.id(), a, b), "/teach/courses/" + slug + "/lessons/"));
    }

    @Post("/restore") @Form
    HttpResponse<?> restore(Editor editor, @PathVariable String slug, @Body RestoreForm form) {
        Version version = Version.parse(form.version()).orElseThrow(() -> new NotFoundException("version"));
        draftRestore.restoreIntoDraft(editor, slug, version);
        return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug)), "flash.restored");
    }

    @Get("/lessons/{lessonId}/history") @Html
    LessonHistoryPage lessonHistory(Editor editor, @PathVariable String slug, @PathVariable long lessonId) {
        Course course = editors.course(editor, slug);
        LessonDraft lesson = lessonDrafts.lesson(editor, slug, lessonId);
        List<LessonHistoryPage.Revision> rows = revisions.lessonHistory(lessonId).stream()
                .map(r -> new LessonHistoryPage.Revision(r.number(), r.content().title(), day(r.publishedAt()),
                        r.number() > 1 ? r.number() - 1 : null))
                .toList();
        return new LessonHistoryPage(CourseRef.of(course), new LessonHistoryPage.Lesson(lesson.id(), lesson.title()), rows);
    }

    @Get("/lessons/{lessonId}/diff") @Html
    LessonDiffPage lessonDiff(Editor editor, @PathVariable String slug, @PathVariable long lessonId,
                              @Nullable @QueryValue Integer from, @Nullable @QueryValue Integer to) {
        Course course = editors.course(editor, slug);
        lessonDrafts.lesson(editor, slug, lessonId);
        if (from == null || to == null) {
            throw new NotFoundException("diff");
        }
        return new LessonDiffPage(CourseRef.of(course), lessonId, LessonDiffView.of(history.lessonDiff(lessonId, from, to)));
    }

    /** The day a version was published, as the history lists it. */
    private static String day(Instant publishedAt) {
        return publishedAt.toString().substring(0, 10);
    }

    /** The version the restore button names; anything else names no version, a 404 like any unknown one. */
    @Serdeable
    record RestoreForm(@Nullable String version) {
    }
}
