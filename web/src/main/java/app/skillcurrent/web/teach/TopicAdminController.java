package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.topic.NewTopic;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** Platform admins extend the taxonomy of platforms and their features; instructors may not (403). */
@Controller("/admin/topics")
@Secured(SecurityRule.IS_AUTHENTICATED)
class TopicAdminController {

    private final Topics topics;
    private final Forms forms;

    TopicAdminController(Topics topics, Forms forms) {
        this.topics = topics;
        this.forms = forms;
    }

    @Get @Html
    TopicsPage list(Editor editor) {
        requireAdmin(editor);
        return page(NewTopic.EMPTY, FieldErrors.NONE);
    }

    @Post @Form
    HttpResponse<?> create(HttpRequest<?> request, Editor editor, @Body NewTopic form) {
        // before the form is checked, so an instructor learns nothing from it
        requireAdmin(editor);
        return forms.handle(request, form, errors -> page(form, errors), valid -> {
            topics.create(editor, valid);
            return Flash.set(HttpResponse.seeOther(URI.create("/admin/topics")), "flash.topicCreated");
        });
    }

    private static void requireAdmin(Editor editor) {
        if (!editor.admin()) {
            throw new NotAllowedException();
        }
    }

    private TopicsPage page(NewTopic form, FieldErrors errors) {
        return new TopicsPage(
                topics.all().stream().map(t -> new TopicsPage.Row(topics.label(t.id()), t.slug(), t.isPlatform())).toList(),
                topics.all().stream().filter(Topic::isPlatform)
                        .map(t -> new TopicsPage.PlatformOption(t.id(), t.name(), String.valueOf(t.id()).equals(form.parentId())))
                        .toList(),
                form, errors);
    }
}
