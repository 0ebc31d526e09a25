package app.skillcurrent.content.freshness;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.support.cache.ContentChanged;
import app.skillcurrent.content.support.cache.ExpiringCache;
import app.skillcurrent.content.topic.PlatformChangeRecorded;
import io.micronaut.cache.SyncCache;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether published lessons still match their platforms. A lesson needs review when a platform change to a
 * topic it teaches (or to that topic's platform) is dated after the lesson's last review of that topic;
 * "reviewed, still correct" records a new review date without a new revision.
 */
@Singleton
public class Freshness {

    private final FreshnessQueries queries;
    private final CourseEditors editors;
    private final ApplicationEventPublisher<TopicReviewed> events;
    private final Clock clock;
    private final ExpiringCache<Long, CourseFreshness> cache;

    /**
     * @param cache course revision id to its freshness, {@code app.caches.freshness}; another server's platform
     *              change or review clears it once this one sees it ({@code app.content-changes.poll-interval})
     */
    Freshness(FreshnessQueries queries, CourseEditors editors, ApplicationEventPublisher<TopicReviewed> events, Clock clock,
              @Named("freshness") SyncCache<?> cache) {
        this.queries = queries;
        this.editors = editors;
        this.events = events;
        this.clock = clock;
        this.cache = ExpiringCache.of(cache);
    }

    public CourseFreshness of(long courseRevisionId) {
        return of(List.of(courseRevisionId)).get(courseRevisionId);
    }

    /**
     * Freshness of several course revisions; those not computed within the cache's time to live in one query.
     * Entries are dropped at once when this server records a platform change or a review, and when it sees
     * that another server did.
     */
    public Map<Long, CourseFreshness> of(Collection<Long> courseRevisionIds) {
        return cache.getAll(courseRevisionIds, this::load);
    }

    // Cleared when a change is announced and again once its transaction commits: a load running in between
    // still reads the rows from before and would otherwise keep them.
    @EventListener
    void onPlatformChange(PlatformChangeRecorded recorded) {
        cache.clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onPlatformChangeCommitted(PlatformChangeRecorded recorded) {
        cache.clear();
    }

    @EventListener
    void onReviewed(TopicReviewed reviewed) {
        cache.clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onReviewCommitted(TopicReviewed reviewed) {
        cache.clear();
    }

    /** A platform change or review on another server (or this one, seen once more from the database). */
    @EventListener
    void onContentChanged(ContentChanged changed) {
        cache.clear();
    }

    private Map<Long, CourseFreshness> load(Collection<Long> courseRevisionIds) {
        Map<Long, List<TopicReview>> byRevision = queries.reviews(courseRevisionIds).stream()
                .collect(Collectors.groupingBy(TopicReview::courseRevisionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, CourseFreshness> result = new HashMap<>();
        byRevision.forEach((id, reviews) -> result.put(id, new CourseFreshness(id,
                reviews.stream().map(TopicReview::reviewedOn).min(Comparator.naturalOrder()).orElseThrow(),
                reviews.stream().filter(TopicReview::needsReview).toList())));
        return result;
    }

    /**
     * Lessons of the editor's published courses (all courses for an admin) that need review, the longest
     * waiting first.
     */
    public List<ReviewItem> reviewQueue(Editor editor) {
        List<Course> courses = editors.editableCourses(editor).stream().filter(Course::isPublished).toList();
        Map<Long, Course> byRevision = new HashMap<>();
        courses.forEach(c -> byRevision.put(c.currentRevisionId(), c));
        List<ReviewItem> items = new ArrayList<>();
        for (TopicReview review : byRevision.isEmpty() ? List.<TopicReview>of() : queries.reviews(byRevision.keySet())) {
            if (review.needsReview()) {
                Course course = byRevision.get(review.courseRevisionId());
                items.add(new ReviewItem(course.id(), course.slug(), course.title(), review.lessonId(),
                        review.lessonRevisionId(), review.title(), review.topicId(), review.reviewedOn(),
                        review.firstUnreviewedChange(), review.latestChange()));
            }
        }
        items.sort(Comparator.comparing(ReviewItem::firstUnreviewedChange).thenComparing(ReviewItem::reviewedOn)
                .thenComparing(ReviewItem::courseTitle));
        return items;
    }

    /** "Reviewed, still correct": the topic of this lesson revision counts as checked now, by this editor. */
    @Transactional
    public void markReviewed(Editor editor, long lessonRevisionId, long topicId) {
        long courseId = queries.courseOfLessonRevision(lessonRevisionId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("lesson revision " + lessonRevisionId));
        if (!editors.canEdit(editor, courseId)) {
            throw new NotAllowedException();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (queries.markReviewed(lessonRevisionId, topicId, now, editor.accountId()) == 0) {
            throw new NotFoundException("topic " + topicId + " of lesson revision " + lessonRevisionId);
        }
        queries.recordReview(lessonRevisionId, topicId, editor.accountId(), now);
        events.publishEvent(new TopicReviewed(lessonRevisionId, topicId));
    }
}
