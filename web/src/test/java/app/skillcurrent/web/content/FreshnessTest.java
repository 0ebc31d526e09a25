package app.skillcurrent.web.content;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.authoring.Authoring;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.freshness.ReviewItem;
import app.skillcurrent.content.freshness.TopicReview;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    Authoring authoring;
    @Inject
    Publishing publishing;
    @Inject
    Revisions revisions;
    @Inject
    Topics topics;
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
        fixtures = new Fixtures(accounts, authoring);
        admin = fixtures.admin();
    }

    /** A platform of this test's own, so changes recorded by other tests in the class never reach its lessons. */
    private Topic platform() {
        String slug = Fixtures.unique("platform");
        return topics.create(admin, slug, "Platform " + slug, null);
    }

    private Topic feature(Topic platform) {
        String slug = Fixtures.unique("feature");
        return topics.create(admin, slug, "Feature " + slug, platform.id());
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
        assertFalse(freshness.of(published.id()).needsReview(), "nothing has changed on the platform yet");

        topics.recordChange(editor, shop.id(), TODAY, "Checkout moved into the app", null);

        CourseFreshness fresh = freshness.of(published.id());
        assertTrue(fresh.needsReview());
        assertEquals(1, fresh.lessonsNeedingReview());
        TopicReview review = fresh.needingReview().get(0);
        assertEquals(lesson.id(), review.lessonId());
        assertEquals(shop.id(), review.topicId());
        assertEquals(TODAY, review.firstUnreviewedChange());
    }

    @Test
    void aChangeToTheWholePlatformAlsoMakesLessonsOnItsFeaturesNeedReview() {
        Editor editor = fixtures.instructor();
        Topic platform = platform();
        Topic shop = feature(platform);
        Course course = fixtures.course(editor);
        fixtures.lesson(editor, course, on("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(editor, course);

        topics.recordChange(editor, platform.id(), TODAY, "New terms of service for every seller", null);

        assertTrue(freshness.of(published.id()).needsReview());
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

        topics.recordChange(editor, shop.id(), TODAY, "Checkout moved into the app", null);

        CourseFreshness fresh = freshness.of(published.id());
        assertEquals(1, fresh.lessonsNeedingReview(), "only the lesson on the changed feature: " + fresh.needingReview());
        assertEquals(onShop.id(), fresh.needingReview().get(0).lessonId());
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

        assertEquals(MONTH_AGO.atOffset(ZoneOffset.UTC).toLocalDate(), freshness.of(second.id()).lastChecked(),
                "the unchanged lesson keeps its month-old review date");
    }

    @Test
    void markingALessonReviewedTakesItOffTheQueueAndRecordsWhoAndWhen() throws SQLException {
        Editor owner = fixtures.instructor();
        Editor colleague = fixtures.instructor();
        Topic shop = feature(platform());
        Course course = fixtures.course(owner);
        authoring.addInstructor(owner, course.slug(), colleague.accountId());
        LessonDraft lesson = fixtures.lesson(owner, course, on("Shop checkout", shop));
        CourseRevision published = publishMonthAgo(owner, course);
        topics.recordChange(owner, shop.id(), TODAY, "Checkout moved into the app", null);
        List<ReviewItem> queue = freshness.reviewQueue(colleague);
        assertEquals(1, queue.size());
        long lessonRevisionId = revisionOf(published, lesson.id());
        assertEquals(lessonRevisionId, queue.get(0).lessonRevisionId());
        assertTrue(freshness.of(published.id()).needsReview(), "kept in the cache until the review clears it");

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        freshness.markReviewed(colleague, lessonRevisionId, shop.id());

        assertEquals(List.of(), freshness.reviewQueue(colleague));
        assertEquals(List.of(), freshness.reviewQueue(owner));
        CourseFreshness fresh = freshness.of(published.id());
        assertFalse(fresh.needsReview());
        assertEquals(1, revisions.lessonHistory(lesson.id()).size(), "reviewing does not create a new revision");

        List<Object[]> trail = reviewTrail(lessonRevisionId);
        assertEquals(1, trail.size());
        assertEquals(shop.id(), trail.get(0)[0]);
        assertEquals(colleague.accountId(), trail.get(0)[1]);
        Instant reviewedAt = (Instant) trail.get(0)[2];
        assertFalse(reviewedAt.isBefore(before), "reviewed now, not at publication: " + reviewedAt);
        assertEquals(reviewedAt.atOffset(ZoneOffset.UTC).toLocalDate(), fresh.lastChecked(), "checked on the day of the review");
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

        topics.recordChange(editor, recentlyChanged.id(), TODAY.minusDays(3), "A small change", null);
        topics.recordChange(editor, longAgoChanged.id(), TODAY.minusDays(20), "An older change", null);

        List<ReviewItem> queue = freshness.reviewQueue(editor);
        assertEquals(List.of(waitingLong.id(), waitingShortly.id()), queue.stream().map(ReviewItem::lessonId).toList());
        assertEquals(TODAY.minusDays(20), queue.get(0).firstUnreviewedChange());
        assertEquals(course.slug(), queue.get(0).courseSlug());
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
        topics.recordChange(owner, shop.id(), TODAY, "Checkout moved into the app", null);

        assertEquals(List.of(), freshness.reviewQueue(stranger));
        assertThrows(NotAllowedException.class,
                () -> freshness.markReviewed(stranger, revisionOf(published, lesson.id()), shop.id()));
        assertTrue(freshness.of(published.id()).needsReview(), "still waiting for a real review");
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

        topics.recordChange(editor, shop.id(), TODAY, "Checkout moved into the app", null);

        Map<String, CourseCard> cards = new HashMap<>();
        catalogue.courses().forEach(card -> cards.put(card.slug(), card));
        assertTrue(cards.get(stale.slug()).needsReview());
        assertFalse(cards.get(current.slug()).needsReview());
        assertEquals(MONTH_AGO.atOffset(ZoneOffset.UTC).toLocalDate(), cards.get(stale.slug()).lastChecked());
        assertFalse(cards.containsKey(unpublished.slug()), "drafts never reach the catalogue");
        assertTrue(catalogue.course(unpublished.slug()).isEmpty());
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
