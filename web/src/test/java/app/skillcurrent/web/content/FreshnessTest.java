package app.skillcurrent.web.content;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.freshness.ReviewItem;
import app.skillcurrent.content.freshness.TopicReview;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.NewTopic;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CourseCard;
import app.skillcurrent.testing.TestDatabase;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A lesson is as current as its last check against the platforms it teaches. The clock cannot be moved, so
 * lessons are published with dates in the past and platform changes are dated today.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshnessTest implements DatabaseTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Instant MONTH_AGO = Instant.now().minus(Duration.ofDays(30));

    @Inject
    AccountService accounts;
    @Inject
    CourseEditors courseEditors;
    @Inject
    CourseDrafts courseDrafts;
    @Inject
    LessonDrafts lessonDrafts;
    @Inject
    Publishing publishing;
    @Inject
    Revisions revisions;
    @Inject
    Topics topics;
    @Inject
    PlatformChanges platformChanges;
    @Inject
    Freshness freshness;
    @Inject
    Catalogue catalogue;
    @Inject
    ApplicationContext context;

    private Fixtures fixtures;
    private Editor admin;


    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(accounts, courseDrafts, lessonDrafts);
        admin = fixtures.admin();
    }

    /** A platform change recorded today, without a source. */
    private void changedToday(Editor editor, Topic topic, String summary) {
        changedOn(editor, topic, TODAY, summary);
    }

    private void changedOn(Editor editor, Topic topic, LocalDate day, String summary) {
        platformChanges.record(editor, NewPlatformChange.of(topic.id(), day, summary, null));
    }

    /** A platform of this test's own, so changes recorded by other tests in the class never reach its lessons. */
    private Topic platform() {
        String slug = Fixtures.unique("platform");
        return topics.create(admin, NewTopic.platform(slug, "Platform " + slug));
    }

    private Topic feature(Topic platform) {
        String slug = Fixtures.unique("feature");
        return topics.create(admin, NewTopic.feature(slug, "Feature " + slug, platform.id()));
    }

    private static LessonContent on(String title, Topic... topics) {
        Set<Long> ids = new HashSet<>();
        for (Topic topic : topics) {
            ids.add(topic.id());
        }
        return Fixtures.content(title, "About " + title, ids, List.of(Fixtures.question("q1", "Which?")));
    }

    private CourseRevision publishMonthAgo(Editor editor, Course course) {
        return publishing.publishAsOf(editor, course.slug(), null, "First version", MONTH_AGO);
    }

    private static long revisionOf(CourseRevision revision, long lessonId) {
        return revision.lessons().stream().filter(e -> e.lessonId() == lessonId).findFirst().orElseThrow().lessonRevisionId();
    }

    @Test
    void aChangeToTheLessonsTopicAfterItsLastReviewMakesItNeedReview() {
        Editor editor = fixtures.instructor();
        Topic shop = feature(platform());
        Course course = fixtures.course(editor);
        LessonDraft lesson = fixtures.lesson(editor, course, on("Shop checkout", shop));
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
        Editor editor = fixtures.instructor();
        Topic platform = platform();
        Topic shop = feature(platform);
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, on("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(editor, course);

        changedToday(editor, platform, "New terms of service for every seller");

        assertThat(freshness.of(published.id()).needsReview()).isTrue();
    }

    @Test
    void aChangeToAnotherFeatureLeavesTheLessonAlone() {
        Editor editor = fixtures.instructor();
        Topic platform = platform();
        Topic shop = feature(platform);
        Topic live = feature(platform);
        Topic elsewhere = feature(platform());
        Course course = fixtures.course(editor);
        LessonDraft onShop = fixtures.lesson(editor, course, on("Shop checkout", shop));
        fixtures.lesson(editor, course, on("Going live", live));
        fixtures.lesson(editor, course, on("Elsewhere", elsewhere));
        CourseRevision published = publishMonthAgo(editor, course);

        changedToday(editor, shop, "Checkout moved into the app");

        CourseFreshness fresh = freshness.of(published.id());
        assertThat(fresh.lessonsNeedingReview()).as("only the lesson on the changed feature: %s", fresh.needingReview()).isEqualTo(1);
        assertThat(fresh.needingReview()).extracting(TopicReview::lessonId).containsOnly(onShop.id());
    }

    @Test
    void aCourseIsAsFreshAsItsStalestLesson() {
        Editor editor = fixtures.instructor();
        Topic shop = feature(platform());
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, on("Old lesson", shop));
        publishMonthAgo(editor, course);
        fixtures.lesson(editor, course, on("New lesson", shop));
        CourseRevision second = publishing.publishAsOf(editor, course.slug(), Severity.MINOR, "Added a lesson",
                Instant.now().minus(Duration.ofDays(10)));

        assertThat(freshness.of(second.id()).lastChecked()).as("the unchanged lesson keeps its month-old review date")
                .isEqualTo(MONTH_AGO.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void markingALessonReviewedTakesItOffTheQueueAndRecordsWhoAndWhen() throws SQLException {
        Editor owner = fixtures.instructor();
        Editor colleague = fixtures.instructor();
        Topic shop = feature(platform());
        Course course = fixtures.course(owner);
        courseEditors.addInstructor(owner, course.slug(), colleague.accountId());
        LessonDraft lesson = fixtures.lesson(owner, course, on("Shop checkout", shop));
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
        Editor editor = fixtures.instructor();
        Topic recentlyChanged = feature(platform());
        Topic longAgoChanged = feature(platform());
        Course course = fixtures.course(editor);
        LessonDraft waitingShortly = fixtures.lesson(editor, course, on("Waiting a few days", recentlyChanged));
        LessonDraft waitingLong = fixtures.lesson(editor, course, on("Waiting for weeks", longAgoChanged));
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
        Editor owner = fixtures.instructor();
        Editor stranger = fixtures.instructor();
        fixtures.lesson(stranger, fixtures.course(stranger), on("Their own lesson", feature(platform())));
        Topic shop = feature(platform());
        Course course = fixtures.course(owner);
        LessonDraft lesson = fixtures.lesson(owner, course, on("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(owner, course);
        changedToday(owner, shop, "Checkout moved into the app");

        assertThat(freshness.reviewQueue(stranger)).isEmpty();
        assertThatThrownBy(() -> freshness.markReviewed(stranger, revisionOf(published, lesson.id()), shop.id()))
                .isInstanceOf(NotAllowedException.class);
        assertThat(freshness.of(published.id()).needsReview()).as("still waiting for a real review").isTrue();
    }

    @Test
    void theCatalogueFlagsCoursesNeedingReviewAndNeverListsUnpublishedOnes() {
        Editor editor = fixtures.instructor();
        Topic shop = feature(platform());
        Course stale = fixtures.course(editor);
        fixtures.lesson(editor, stale, on("Shop checkout", shop));
        publishMonthAgo(editor, stale);
        Course current = fixtures.course(editor);
        fixtures.lesson(editor, current, on("Something else", feature(platform())));
        publishMonthAgo(editor, current);
        Course unpublished = fixtures.course(editor);
        fixtures.lesson(editor, unpublished, on("Still a draft", shop));

        changedToday(editor, shop, "Checkout moved into the app");

        Map<String, CourseCard> cards = new HashMap<>();
        catalogue.courses().forEach(card -> cards.put(card.slug(), card));
        assertThat(cards.get(stale.slug()).needsReview()).isTrue();
        assertThat(cards.get(current.slug()).needsReview()).isFalse();
        assertThat(cards.get(stale.slug()).lastChecked()).isEqualTo(MONTH_AGO.atOffset(ZoneOffset.UTC).toLocalDate());
        assertThat(cards).as("drafts never reach the catalogue").doesNotContainKey(unpublished.slug());
        assertThat(catalogue.course(unpublished.slug())).isEmpty();
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
