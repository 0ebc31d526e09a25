package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Authoring;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.DraftConflictException;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.render.MarkdownRenderer;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonRules;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The lesson editor: save the draft, or preview it rendered exactly as learners will see it without saving.
 * A save that lost a race with another editor shows both texts side by side; the loser's text stays in the
 * form, ready to be saved again over the newer draft.
 */
@Controller(value = "/teach/courses/{slug}/lessons/{lessonId}", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LessonEditorController {

    static final String VIEW = "teach/lesson";

    private final Editors editors;
    private final Authoring authoring;
    private final Topics topics;
    private final MarkdownRenderer markdown;
    private final FormErrors formErrors;

    LessonEditorController(Editors editors, Authoring authoring, Topics topics, MarkdownRenderer markdown,
                           FormErrors formErrors) {
        this.editors = editors;
        this.authoring = authoring;
        this.topics = topics;
        this.markdown = markdown;
        this.formErrors = formErrors;
    }

    @Get
    ModelAndView<Map<String, Object>> edit(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId) {
        Editor editor = editors.of(request);
        LessonDraft draft = authoring.lesson(editor, slug, lessonId);
        return new ModelAndView<>(VIEW, model(authoring.course(editor, slug), draft, authoring.contentOf(draft), draft.draftVersion()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId,
                         @Body Map<String, String> form) {
        Editor editor = editors.of(request);
        Course course = authoring.course(editor, slug);
        LessonDraft draft = authoring.lesson(editor, slug, lessonId);
        LessonForm.Parsed parsed = LessonForm.parse(form);
        int expectedVersion = CourseEditorController.intValue(form.get("draftVersion"), -1);
        Map<String, Object> model = model(course, draft, parsed.content(), expectedVersion);
        if (!parsed.problems().isEmpty()) {
            return formErrors.rerender(request, VIEW, model, parsed.problems());
        }
        if ("preview".equals(form.get("action"))) {
            model.put("preview", markdown.render(parsed.content().body()));
            model.put("previewing", true);
            return HttpResponse.ok(new ModelAndView<>(VIEW, model));
        }
        try {
            authoring.saveLesson(editor, slug, lessonId, parsed.content(), expectedVersion);
            return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "/lessons/" + lessonId)), "flash.lessonSaved");
        } catch (FieldRejectedException invalid) {
            return formErrors.rerender(request, VIEW, model, invalid.problems());
        } catch (DraftConflictException conflict) {
            LessonDraft theirs = conflict.current();
            Map<String, Object> conflictModel = model(course, theirs, parsed.content(), theirs.draftVersion());
            LessonContent saved = authoring.contentOf(theirs);
            conflictModel.put("conflict", Map.of("title", saved.title(), "body", saved.body(),
                    "updatedAt", theirs.updatedAt().toString()));
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>(VIEW, conflictModel));
        }
    }

    private Map<String, Object> model(Course course, LessonDraft draft, LessonContent content, int draftVersion) {
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", course.slug(), "title", course.title()));
        model.put("lessonId", draft.id());
        model.put("draftVersion", draftVersion);
        model.put("lesson", LessonEditorModel.of(content, topics));
        model.put("maxBodyKb", LessonRules.MAX_BODY_BYTES / 1024);
        return model;
    }
}
