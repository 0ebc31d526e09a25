package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.PlatformChange;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.List;

/** The platform changes instructors record: they decide which lessons need review. */
@Controller("/teach/platform-changes")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlatformChangesController {

    static final int CHANGES_PER_PAGE = 20;

    private final PlatformChanges platformChanges;
    private final Topics topics;
    private final Forms forms;

    PlatformChangesController(PlatformChanges platformChanges, Topics topics, Forms forms) {
        this.platformChanges = platformChanges;
        this.topics = topics;
        this.forms = forms;
    }

    /**
     * @param editor only instructors and admins see the changes
     * @param page   a page after the last one does not exist (404)
     */
    @Get @Html
    PlatformChangesPage changes(Editor editor, @Nullable @QueryValue Integer page) {
        PlatformChangesPage shown = page(page == null ? 1 : page, NewPlatformChange.EMPTY, FieldErrors.NONE);
        if (shown.changes().isEmpty() && shown.previousPage() != null) {
            throw new NotFoundException("page " + page + " of the platform changes");
        }
        return shown;
    }

    @Post @Form
    HttpResponse<?> record(HttpRequest<?> request, Editor editor, @Body NewPlatformChange form) {
        return forms.handle(request, form, errors -> page(1, form, errors), valid -> {
            platformChanges.record(editor, valid);
            return Flash.set(HttpResponse.seeOther(URI.create("/teach/platform-changes")), "flash.changeRecorded");
        });
    }

    private PlatformChangesPage page(int requested, NewPlatformChange form, FieldErrors errors) {
        int page = Math.max(1, requested);
        // one more than a page tells whether there is a next one
        List<PlatformChange> changes = platformChanges.recent(CHANGES_PER_PAGE + 1, (page - 1L) * CHANGES_PER_PAGE);
        return new PlatformChangesPage(form,
                topics.all().stream().map(t -> new PlatformChangesPage.TopicOption(t.id(), topics.label(t.id()),
                        String.valueOf(t.id()).equals(form.topicId()))).toList(),
                changes.stream().limit(CHANGES_PER_PAGE).map(c -> new PlatformChangesPage.Change(c.changedOn().toString(),
                        topics.label(c.topicId()), c.summary(), c.sourceUrl())).toList(),
                page > 1 ? page - 1 : null, changes.size() > CHANGES_PER_PAGE ? page + 1 : null, errors);
    }
}
