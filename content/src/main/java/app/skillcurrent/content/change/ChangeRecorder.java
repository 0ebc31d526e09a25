package app.skillcurrent.content.change;

import app.skillcurrent.content.authoring.CoursePublished;
import app.skillcurrent.content.freshness.TopicReviewed;
import app.skillcurrent.content.topic.PlatformChangeRecorded;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Counts the changes other servers must hear of. The events are announced inside the transaction that makes the
 * change, and these listeners run in it, so the count cannot move for a change that is rolled back, nor miss one
 * that commits.
 */
@Singleton
class ChangeRecorder {

    private final ChangeCounter counter;

    ChangeRecorder(ChangeCounter counter) {
        this.counter = counter;
    }

    @EventListener
    void onPublished(CoursePublished published) {
        counter.increment();
    }

    @EventListener
    void onPlatformChange(PlatformChangeRecorded recorded) {
        counter.increment();
    }

    @EventListener
    void onReviewed(TopicReviewed reviewed) {
        counter.increment();
    }
}
