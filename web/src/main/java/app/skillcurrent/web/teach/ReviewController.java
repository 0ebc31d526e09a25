package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;

/** The review queue ("which lessons may be outdated?") and marking a lesson's topic as still correct. */
@Controller("/teach/review")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReviewController {

    private final Freshness freshness;
    private final Topics topics;

    ReviewController(Freshness freshness, Topics topics) {
        this.freshness = freshness;
        this.topics = topics;
    }

    @Get @Html
    ReviewQueuePage queue(Editor editor) {
        return new ReviewQueuePage(freshness.reviewQueue(editor).stream().map(item -> new ReviewQueuePage.Item(
                item.courseSlug(), item.courseTitle(), item.lessonId(), item.lessonRevisionId(), item.lessonTitle(),
                item.topicId(), topics.label(item.topicId()), item.reviewedOn().toString(),
                item.firstUnreviewedChange().toString())).toList());
    }

    @Post @Form
    HttpResponse<?> markReviewed(Editor editor, @Body ReviewForm form) {
        freshness.markReviewed(editor, form.lessonRevision(), form.topic());
        return Flash.set(HttpResponse.seeOther(URI.create("/teach/review")), "flash.reviewed");
    }

    /**
     * The queue row's "still correct" button: which lesson revision and topic. Text that is no id names nothing,
     * a 404 like any unknown revision.
     */
    @Serdeable
    record ReviewForm(@Nullable String lessonRevisionId, @Nullable String topicId) {

        long lessonRevision() {
            return id(lessonRevisionId);
        }

        long topic() {
            return id(topicId);
        }

        private static long id(@Nullable String text) {
            return text != null && text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
        }
    }
}
