package app.skillcurrent.web.teach;

import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.render.MarkdownRenderer;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.view.FieldErrors;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** Builds the lesson editor page for the saved draft, a sent form, a preview or a conflict. */
@Singleton
class LessonEditorPages {

    private static final long MAX_BODY_KB = LessonRules.MAX_BODY_BYTES / 1024;

    private final LessonDrafts lessonDrafts;
    private final Topics topics;
    private final MarkdownRenderer markdown;

    LessonEditorPages(LessonDrafts lessonDrafts, Topics topics, MarkdownRenderer markdown) {
        this.lessonDrafts = lessonDrafts;
        this.topics = topics;
        this.markdown = markdown;
    }

    LessonEditorPage draft(Course course, LessonDraft draft) {
        LessonContent content = lessonDrafts.contentOf(draft);
        return page(course, draft.id(), draft.draftVersion(), content, String.valueOf(content.minutes()), null, null,
                FieldErrors.NONE);
    }

    /** What was sent, with what is wrong with it. */
    LessonEditorPage sent(Course course, long lessonId, LessonForm form, LessonContent content, FieldErrors errors) {
        return page(course, lessonId, form.expectedVersion(), content, form.minutes(), null, null, errors);
    }

    /** What was sent, and above it the text rendered exactly as learners will see it. */
    LessonEditorPage preview(Course course, long lessonId, LessonForm form, LessonContent content) {
        return page(course, lessonId, form.expectedVersion(), content, form.minutes(),
                new LessonEditorPage.Preview(markdown.render(content.body())), null, FieldErrors.NONE);
    }

    /** This editor's text in the form, to be saved over the newer draft's version, and the newer draft beside it. */
    LessonEditorPage conflict(Course course, LessonForm form, LessonContent content, LessonDraft theirs) {
        LessonContent saved = lessonDrafts.contentOf(theirs);
        return page(course, theirs.id(), theirs.draftVersion(), content, form.minutes(), null,
                new LessonEditorPage.Conflict(saved.title(), saved.body(), theirs.updatedAt().toString()), FieldErrors.NONE);
    }

    private LessonEditorPage page(Course course, long lessonId, int draftVersion, LessonContent content,
                                  @Nullable String minutes, LessonEditorPage.@Nullable Preview preview,
                                  LessonEditorPage.@Nullable Conflict conflict, FieldErrors errors) {
        return new LessonEditorPage(CourseRef.of(course), lessonId, draftVersion,
                LessonFields.of(content, minutes == null ? "" : minutes, topics, errors), MAX_BODY_KB, preview, conflict, errors);
    }
}
