package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Platform admins extend the taxonomy of platforms and their features. */
@Controller(value = "/admin/topics", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TopicAdminController {

    private final Editors editors;
    private final Topics topics;
    private final FormErrors formErrors;

    TopicAdminController(Editors editors, Topics topics, FormErrors formErrors) {
        this.editors = editors;
        this.topics = topics;
        this.formErrors = formErrors;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        requireAdmin(request);
        return new ModelAndView<>("teach/topics", model(Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
        Editor editor = requireAdmin(request);
        String parent = form.getOrDefault("parentId", "");
        Long parentId = parent.isBlank() ? null : (long) CourseEditorController.intValue(parent, -1);
        try {
            topics.create(editor, form.get("slug"), form.get("name"), parentId);
            return Flash.set(HttpResponse.seeOther(URI.create("/admin/topics")), "flash.topicCreated");
        } catch (FieldRejectedException invalid) {
            return formErrors.rerender(request, "teach/topics", model(form), invalid.problems());
        }
    }

    private Editor requireAdmin(HttpRequest<?> request) {
        Editor editor = editors.of(request);
        if (!editor.admin()) {
            throw new NotAllowedException();
        }
        return editor;
    }

    private Map<String, Object> model(Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("topics", topics.all().stream().map(t -> Map.of("label", topics.label(t.id()), "slug", t.slug(),
                "platform", t.isPlatform())).toList());
        model.put("platforms", topics.all().stream().filter(t -> t.isPlatform())
                .map(t -> Map.of("id", t.id(), "name", t.name(), "selected", String.valueOf(t.id()).equals(form.get("parentId")))).toList());
        model.put("form", new HashMap<>(form));
        return model;
    }
}
