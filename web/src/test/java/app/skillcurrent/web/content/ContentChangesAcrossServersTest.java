package app.skillcurrent.web.content;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.NewTopic;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CatalogueSearch;
import app.skillcurrent.core.catalogue.CourseCard;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two servers on one database, each with its own caches: what one publishes, or learns about a platform, shows
 * on the other within about a second, instead of after the other's cache entries expire (30 s for the catalogue,
 * 60 s for freshness). The second server is a whole application context of its own on the same database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentChangesAcrossServersTest implements DatabaseTest {

    private static final Logger LOG = LoggerFactory.getLogger(ContentChangesAcrossServersTest.class);
    /** The poll interval is 500 ms: this leaves room for a busy machine, and is far below both times to live. */
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Inject
    ApplicationContext context;
    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Publishing publishing;
    @Inject
    Topics topics;
    @Inject
    PlatformChanges platformChanges;

    private ApplicationContext otherServer;
    private Editor editor;

    @BeforeAll
    void startTheOtherServer() {
        Map<String, Object> settings = new HashMap<>();
        for (String key : List.of("datasources.default.url", "datasources.default.username", "datasources.default.password")) {
            settings.put(key, context.getRequiredProperty(key, String.class));
        }
        settings.put("app.demo-data.enabled", "false");
        settings.put("micronaut.server.port", "-1");
        otherServer = ApplicationContext.run(settings);
        editor = fixtures.admin();
    }

    @AfterAll
    void stopTheOtherServer() {
        otherServer.close();
    }

    @Test
    void aCoursePublishedHereIsListedThereWithinASecondOrSo() {
        Course course = courses.course(editor);
        courses.lesson(editor, course, ContentFixtures.content("Reels covers", "How covers are chosen"));
        Catalogue thereCatalogue = otherServer.getBean(Catalogue.class);
        assertThat(listedSlugs(thereCatalogue)).as("the other server has cached the catalogue without it")
                .doesNotContain(course.slug());

        publishing.publish(editor, course.slug(), null, "First version");
        Instant published = Instant.now();

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(listedSlugs(thereCatalogue)).contains(course.slug()));
        LOG.info("The other server listed the publication after {} ms", Duration.between(published, Instant.now()).toMillis());
    }

    @Test
    void aPlatformChangeRecordedHereMakesTheLessonNeedReviewThereWithinASecondOrSo() {
        Topic platform = topics.create(editor, NewTopic.platform(ContentFixtures.unique("platform"), "A platform"));
        Course course = courses.course(editor);
        courses.lesson(editor, course, ContentFixtures.content("Stories", "About stories", Set.of(platform.id()),
                List.of(ContentFixtures.question("q1", "Which?"))));
        CourseRevision revision = publishing.publishAsOf(editor, course.slug(), null, "First version",
                Instant.now().minus(Duration.ofDays(30)));
        Freshness thereFreshness = otherServer.getBean(Freshness.class);
        assertThat(thereFreshness.of(revision.id()).needsReview()).as("the other server has cached it as fresh").isFalse();

        platformChanges.record(editor, NewPlatformChange.of(platform.id(), LocalDate.now(ZoneOffset.UTC),
                "Stories can now be scheduled", null));
        Instant recorded = Instant.now();

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(thereFreshness.of(revision.id()).needsReview()).isTrue());
        LOG.info("The other server flagged the lesson after {} ms", Duration.between(recorded, Instant.now()).toMillis());
    }

    private static List<String> listedSlugs(Catalogue catalogue) {
        return catalogue.search(CatalogueSearch.all(), false).courses().stream().map(CourseCard::slug).toList();
    }
}
