package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.freshness.ReviewItem;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.topic.PlatformChange;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The review queue ("which lessons may be outdated?") and the platform-change records that feed it. */
@Controller(value = "/teach", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewController {

    static final int CHANGES_PER_PAGE = 20;

    private final Editors editors;
    private final Freshness freshness;
    private final Topics topics;
    private final FormErrors formErrors;

    ReviewController(Editors editors, Freshness freshness, Topics topics, FormErrors formErrors) {
        this.editors = editors;
        this.freshness = freshness;
        this.topics = topics;
        this.formErrors = formErrors;
    }

    @Get("/review")
    ModelAndView<Map<String, Object>> queue(HttpRequest<?> request) {
        List<ReviewItem> items = freshness.reviewQueue(editors.of(request));
        Map<String, Object> model = new HashMap<>();
        model.put("items", items.stream().map(item -> Map.of(
                "courseSlug", item.courseSlug(), "courseTitle", item.courseTitle(), "lessonId", item.lessonId(),
                "lessonRevisionId", item.lessonRevisionId(), "lessonTitle", item.lessonTitle(),
                "topicId", item.topicId(), "topic", topics.label(item.topicId()),
                "reviewedOn", item.reviewedOn().toString(), "changedOn", item.firstUnreviewedChange().toString())).toList());
        return new ModelAndView<>("teach/review", model);
    }

    @Post(value = "/review", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markReviewed(HttpRequest<?> request, @Body Map<String, String> form) {
        freshness.markReviewed(editors.of(request), CourseEditorController.intValue(form.get("lessonRevisionId"), -1),
                CourseEditorController.intValue(form.get("topicId"), -1));
        return Flash.set(HttpResponse.seeOther(URI.create("/teach/review")), "flash.reviewed");
    }

    @Get("/platform-changes")
    ModelAndView<Map<String, Object>> changes(HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        editors.of(request);
        return new ModelAndView<>("teach/platform-changes", changesModel(page == null ? 1 : page, Map.of()));
    }

    @Post(value = "/platform-changes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(HttpRequest<?> request, @Body Map<String, String> form) {
        Editor editor = editors.of(request);
        LocalDate changedOn = null;
        try {
            changedOn = LocalDate.parse(form.getOrDefault("changedOn", ""));
        } catch (DateTimeParseException e) {
            // reported as a field problem below
        }
        try {
            topics.recordChange(editor, CourseEditorController.intValue(form.get("topicId"), -1), changedOn,
                    form.get("summary"), form.get("sourceUrl"));
            return Flash.set(HttpResponse.seeOther(URI.create("/teach/platform-changes")), "flash.changeRecorded");
        } catch (FieldRejectedException invalid) {
            return formErrors.rerender(request, "teach/platform-changes", changesModel(1, form), invalid.problems());
        }
    }

    private Map<String, Object> changesModel(int page, Map<String, String> form) {
        int current = Math.max(1, page);
        List<PlatformChange> changes = topics.recentChanges(CHANGES_PER_PAGE + 1, (current - 1) * CHANGES_PER_PAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("changes", changes.stream().limit(CHANGES_PER_PAGE).map(c -> {
            Map<String, Object> row = new HashMap<>();
            row.put("topic", topics.label(c.topicId()));
            row.put("changedOn", c.changedOn().toString());
            row.put("summary", c.summary());
            row.put("sourceUrl", c.sourceUrl());
            return row;
        }).toList());
        model.put("page", current);
        model.put("previousPage", current > 1 ? current - 1 : null);
        model.put("nextPage", changes.size() > CHANGES_PER_PAGE ? current + 1 : null);
        model.put("topicChoices", topics.all().stream().map(t -> Map.of("id", t.id(), "label", topics.label(t.id()),
                "selected", String.valueOf(t.id()).equals(form.get("topicId")))).toList());
        model.put("form", new HashMap<>(form));
        return model;
    }
}
