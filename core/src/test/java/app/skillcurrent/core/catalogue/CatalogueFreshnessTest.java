package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static app.skillcurrent.content.fixture.ContentFixtures.about;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's cards carry content's freshness: a course is flagged once a platform change reaches one of
 * its lessons, and drafts never reach it. Lessons are published with a date in the past, changes dated today.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueFreshnessTest implements CoreServiceTest {

    private static final Instant MONTH_AGO = Instant.now().minus(Duration.ofDays(30));

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Publishing publishing;
    @Inject
    PlatformChanges platformChanges;
    @Inject
    Catalogue catalogue;

    private void publishMonthAgo(Editor editor, Course course) {
        publishing.publishAsOf(editor, course.slug(), null, "First version", MONTH_AGO);
    }

    @Test
    void theCatalogueFlagsCoursesNeedingReviewAndNeverListsUnpublishedOnes() {
        Editor admin = fixtures.admin();
        Editor editor = fixtures.instructor();
        Topic shop = courses.feature(admin, courses.platform(admin));
        Course stale = courses.course(editor);
        courses.lesson(editor, stale, about("Shop checkout", shop));
        publishMonthAgo(editor, stale);
        Course current = courses.course(editor);
        courses.lesson(editor, current, about("Something else", courses.feature(admin, courses.platform(admin))));
        publishMonthAgo(editor, current);
        Course unpublished = courses.course(editor);
        courses.lesson(editor, unpublished, about("Still a draft", shop));

        platformChanges.record(editor, NewPlatformChange.of(shop.id(), LocalDate.now(ZoneOffset.UTC),
                "Checkout moved into the app", null));

        Map<String, CourseCard> cards = new HashMap<>();
        catalogue.courses().forEach(card -> cards.put(card.slug(), card));
        assertThat(cards.get(stale.slug()).needsReview()).isTrue();
        assertThat(cards.get(current.slug()).needsReview()).isFalse();
        assertThat(cards.get(stale.slug()).lastChecked()).isEqualTo(MONTH_AGO.atOffset(ZoneOffset.UTC).toLocalDate());
        assertThat(cards).as("drafts never reach the catalogue").doesNotContainKey(unpublished.slug());
        assertThat(catalogue.course(unpublished.slug())).isEmpty();
    }
}
