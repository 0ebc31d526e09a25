package app.skillcurrent.web.cluster;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CatalogueSearch;
import app.skillcurrent.core.catalogue.CourseCard;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import io.micronaut.runtime.server.EmbeddedServer;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A course published through one server and database node is listed by a server on another node within about
 * a second: the count of content changes arrives there in the same write set as the publication.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachesAcrossNodesTest implements ClusterTest {

    private static final Logger LOG = LoggerFactory.getLogger(CachesAcrossNodesTest.class);

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Publishing publishing;

    private EmbeddedServer onNodeTwo;

    @BeforeAll
    void startAServerOnNodeTwo() {
        onNodeTwo = serverOn(2);
    }

    @AfterAll
    void stopIt() {
        onNodeTwo.close();
    }

    @Test
    void aPublicationOnNodeOneIsListedOnNodeTwoWithinASecondOrSo() {
        Editor editor = fixtures.admin();
        Course course = courses.course(editor);
        courses.lesson(editor, course, ContentFixtures.content("Collabs", "Posting with another account"));
        Catalogue there = onNodeTwo.getApplicationContext().getBean(Catalogue.class);
        assertThat(slugs(there)).as("cached on node 2 without it").doesNotContain(course.slug());

        publishing.publish(editor, course.slug(), null, "First version");
        Instant published = Instant.now();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(slugs(there)).contains(course.slug()));
        LOG.info("Listed on the server on node 2 after {} ms", Duration.between(published, Instant.now()).toMillis());
    }

    private static List<String> slugs(Catalogue catalogue) {
        return catalogue.search(CatalogueSearch.all(), false).courses().stream().map(CourseCard::slug).toList();
    }
}
