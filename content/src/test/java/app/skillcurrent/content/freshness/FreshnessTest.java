package app.skillcurrent.content.freshness;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.testing.TestDatabase;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentPeople;
import app.skillcurrent.content.fixture.ContentServiceTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static app.skillcurrent.content.fixture.ContentFixtures.about;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A lesson is as current as its last check against the platforms it teaches. The clock cannot be moved, so
 * lessons are published with dates in the past and platform changes are dated today.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshnessTest implements ContentServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Instant MONTH_AGO = Instant.now().minus(Duration.ofDays(30));

    @Inject
    ContentPeople people;
    @Inject
    ContentFixtures fixtures;
    @Inject
    CourseEditors courseEditors;
    @Inject
    Publishing publishing;
    @Inject
    Revisions revisions;
    @Inject
    PlatformChanges platformChanges;
    @Inject
    Freshness freshness;
    @Inject
    ApplicationContext context;

    private Editor admin;

    @BeforeAll
    void setUp() {
        admin = people.admin();
    }

    /** A platform change recorded today, without a source. */
    private void changedToday(Editor editor, Topic topic, String summary) {
        changedOn(editor, topic, TODAY, summary);
    }

    private void changedOn(Editor editor, Topic topic, LocalDate day, String summary) {
        platformChanges.record(editor, NewPlatformChange.of(topic.id(), day, summary, null));
    }

    private CourseRevision publishMonthAgo(Editor editor, Course course) {
        return publishing.publishAsOf(editor, course.slug(), null, "First version", MONTH_AGO);
    }

    private static long revisionOf(CourseRevision revision, long lessonId) {
        return revision.lessons().stream().filter(e -> e.lessonId() == lessonId).findFirst().orElseThrow().lessonRevisionId();
    }

    @Test
    void aChangeToTheLessonsTopicAfterItsLastReviewMakesItNeedReview() {
        Editor editor = people.instructor();
        Topic shop = fixtures.feature(admin, fixtures.platform(admin));
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, about("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(editor, course);
        assertThat(freshness.of(published.id()).needsReview()).as("nothing has changed on the platform yet").isFalse();

        changedToday(editor, shop, "Checkout moved into the app");

        CourseFreshness fresh = freshness.of(published.id());
        assertThat(fresh.needsReview()).isTrue();
        assertThat(fresh.lessonsNeedingReview()).isEqualTo(1);
        assertThat(fresh.needingReview())
                .extracting(TopicReview::lessonId, TopicReview::topicId, TopicReview::firstUnreviewedChange)
                .containsExactly(tuple(lesson.id(), shop.id(), TODAY));
    }

    @Test
    void aChangeToTheWholePlatformAlsoMakesLessonsOnItsFeaturesNeedReview() {
        Editor editor = people.instructor();
        Topic platform = fixtures.platform(admin);
        Topic shop = fixtures.feature(admin, platform);
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, about("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(editor, course);

        changedToday(editor, platform, "New terms of service for every seller");

        assertThat(freshness.of(published.id()).needsReview()).isTrue();
    }

    @Test
    void aChangeToAnotherFeatureLeavesTheLessonAlone() {
        Editor editor = people.instructor();
        Topic platform = fixtures.platform(admin);
        Topic shop = fixtures.feature(admin, platform);
        Topic live = fixtures.feature(admin, platform);
        Topic elsewhere = fixtures.feature(admin, fixtures.platform(admin));
        Course course = fixtures.course(editor);
        LessonDraft onShop = fixtures.lesson(editor, course, about("Shop checkout", shop));
        fixtures.lesson(editor, course, about("Going live", live));
        fixtures.lesson(editor, course, about("Elsewhere", elsewhere));
        CourseRevision published = publishMonthAgo(editor, course);

        changedToday(editor, shop, "Checkout moved into the app");

        CourseFreshness fresh = freshness.of(published.id());
        assertThat(fresh.lessonsNeedingReview()).as("only the lesson on the changed feature: %s", fresh.needingReview()).isEqualTo(1);
        assertThat(fresh.needingReview()).extracting(TopicReview::lessonId).containsOnly(onShop.id());
    }

    @Test
    void aCourseIsAsFreshAsItsStalestLesson() {
        Editor editor = people.instructor();
        Topic shop = fixtures.feature(admin, fixtures.platform(admin));
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, about("Old lesson", shop));
        publishMonthAgo(editor, course);
        fixtures.lesson(editor, course, about("New lesson", shop));
        CourseRevision second = publishing.publishAsOf(editor, course.slug(), Severity.MINOR, "Added a lesson",
                Instant.now().minus(Duration.ofDays(10)));

        assertThat(freshness.of(second.id()).lastChecked()).as("the unchanged lesson keeps its month-old review date")
                .isEqualTo(MONTH_AGO.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void markingALessonReviewedTakesItOffTheQueueAndRecordsWhoAndWhen() throws SQLException {
        Editor owner = people.instructor();
        Editor colleague = people.instructor();
        Topic shop = fixtures.feature(admin, fixtures.platform(admin));
        Course course = fixtures.course(owner);
        courseEditors.addInstructor(owner, course.slug(), colleague.accountId());
        LessonDraft lesson = fixtures.lesson(owner, course, about("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(owner, course);
        changedToday(owner, shop, "Checkout moved into the app");
        List<ReviewItem> queue = freshness.reviewQueue(colleague);
        long lessonRevisionId = revisionOf(published, lesson.id());
        assertThat(queue).extracting(ReviewItem::lessonRevisionId).containsExactly(lessonRevisionId);
        assertThat(freshness.of(published.id()).needsReview()).as("kept in the cache until the review clears it").isTrue();

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        freshness.markReviewed(colleague, lessonRevisionId, shop.id());

        assertThat(freshness.reviewQueue(colleague)).isEmpty();
        assertThat(freshness.reviewQueue(owner)).isEmpty();
        CourseFreshness fresh = freshness.of(published.id());
        assertThat(fresh.needsReview()).isFalse();
        assertThat(revisions.lessonHistory(lesson.id())).as("reviewing does not create a new revision").hasSize(1);

        List<Object[]> trail = reviewTrail(lessonRevisionId);
        assertThat(trail).as("topic and reviewer of each review").extracting(row -> row[0], row -> row[1])
                .containsExactly(tuple(shop.id(), colleague.accountId()));
        Instant reviewedAt = (Instant) trail.get(0)[2];
        assertThat(reviewedAt).as("reviewed now, not at publication").isAfterOrEqualTo(before);
        assertThat(fresh.lastChecked()).as("checked on the day of the review")
                .isEqualTo(reviewedAt.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void theQueueShowsTheLongestWaitingLessonFirst() {
        Editor editor = people.instructor();
        Topic recentlyChanged = fixtures.feature(admin, fixtures.platform(admin));
        Topic longAgoChanged = fixtures.feature(admin, fixtures.platform(admin));
        Course course = fixtures.course(editor);
        LessonDraft waitingShortly = fixtures.lesson(editor, course, about("Waiting a few days", recentlyChanged));
        LessonDraft waitingLong = fixtures.lesson(editor, course, about("Waiting for weeks", longAgoChanged));
        publishMonthAgo(editor, course);

        changedOn(editor, recentlyChanged, TODAY.minusDays(3), "A small change");
        changedOn(editor, longAgoChanged, TODAY.minusDays(20), "An older change");

        List<ReviewItem> queue = freshness.reviewQueue(editor);
        assertThat(queue).extracting(ReviewItem::lessonId).containsExactly(waitingLong.id(), waitingShortly.id());
        assertThat(queue.get(0).firstUnreviewedChange()).isEqualTo(TODAY.minusDays(20));
        assertThat(queue.get(0).courseSlug()).isEqualTo(course.slug());
    }

    @Test
    void anInstructorOfAnotherCourseCannotMarkItsLessonsReviewedNorSeeThem() {
        Editor owner = people.instructor();
        Editor stranger = people.instructor();
        fixtures.lesson(stranger, fixtures.course(stranger), about("Their own lesson", fixtures.feature(admin, fixtures.platform(admin))));
        Topic shop = fixtures.feature(admin, fixtures.platform(admin));
        Course course = fixtures.course(owner);
        LessonDraft lesson = fixtures.lesson(owner, course, about("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(owner, course);
        changedToday(owner, shop, "Checkout moved into the app");

        assertThat(freshness.reviewQueue(stranger)).isEmpty();
        assertThatThrownBy(() -> freshness.markReviewed(stranger, revisionOf(published, lesson.id()), shop.id()))
                .isInstanceOf(NotAllowedException.class);
        assertThat(freshness.of(published.id()).needsReview()).as("still waiting for a real review").isTrue();
    }

    /** The review trail has no reader in the application yet, so it is read straight from the table. */
    private List<Object[]> reviewTrail(long lessonRevisionId) throws SQLException {
        String url = context.getRequiredProperty("datasources.default.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.server().username(), TestDatabase.server().password());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT topic_id, reviewed_by, reviewed_at FROM lesson_reviews WHERE lesson_revision_id = ?")) {
            query.setLong(1, lessonRevisionId);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(3);
                    rows.add(new Object[]{rs.getLong(1), rs.getLong(2), at.toInstant()});
                }
            }
            return rows;
        }
    }
}
