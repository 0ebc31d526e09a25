package app.skillcurrent.web.ops;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.render.MarkdownRenderer;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CatalogueSearch;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every named cache publishes its hits, misses and evictions at /prometheus. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CacheMetricsTest implements DatabaseTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    AccountService accounts;
    @Inject
    ContentFixtures courses;

    private static final List<String> CACHES = List.of("lesson-revisions", "course-revisions", "rendered-lessons",
            "catalogue", "freshness", "validated-sessions");
    /** A sample line of the exposition format: {@code cache_gets_total{cache="catalogue",result="hit"} 3.0}. */
    private static final Pattern SAMPLE = Pattern.compile("(?m)^(\\w+)\\{([^}]*)} (\\S+)$");
    private static final Pattern TAG = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Publishing publishing;
    @Inject
    Revisions revisions;
    @Inject
    MarkdownRenderer markdown;
    @Inject
    Catalogue catalogue;
    @Inject
    Freshness freshness;

    @Test
    void eachNamedCacheCountsItsHitsAndMisses() {
        Editor editor = fixtures.instructor();
        Course course = courses.course(editor);
        LessonDraft lesson = courses.lesson(editor, course, ContentFixtures.content("Cached", "Read *twice*"));
        CourseRevision published = publishing.publish(editor, course.slug(), null, "First version");
        long lessonRevisionId = published.lessons().get(0).lessonRevisionId();
        for (int read = 0; read < 2; read++) {
            revisions.courseRevision(published.id());
            revisions.lessonRevision(lessonRevisionId);
            markdown.render(lessonRevisionId, lesson.body());
            catalogue.search(CatalogueSearch.all(), false);
            freshness.of(published.id());
        }
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, "counted@example.com", "Counted", "en");
        // metrics are for platform admins
        accounts.grantRole(accounts.findByEmail("counted@example.com").orElseThrow().id(), Role.ADMIN);
        assertThat(session.get("/profile").statusCode()).isEqualTo(200);
        assertThat(session.get("/profile").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = session.get("/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        List<Sample> samples = samples(metrics.body());
        Map<String, Double> gets = samples.stream().filter(s -> s.name().equals("cache_gets_total"))
                .collect(Collectors.toMap(s -> s.tags().get("cache") + " " + s.tags().get("result"), Sample::value));
        for (String cache : CACHES) {
            assertThat(gets).as("hits of %s", cache).hasEntrySatisfying(cache + " hit", n -> assertThat(n).isPositive());
            assertThat(gets).as("misses of %s", cache).hasEntrySatisfying(cache + " miss", n -> assertThat(n).isPositive());
        }
        assertThat(samples).filteredOn(s -> s.name().equals("cache_evictions_total")).extracting(s -> s.tags().get("cache"))
                .as("evictions are counted too").containsAll(CACHES);
    }

    /** One measurement: {@code cache_gets_total}, its tags ({@code cache="catalogue"}) in whatever order, its value. */
    private record Sample(String name, Map<String, String> tags, double value) {
    }

    /** The tagged samples of the Prometheus text. */
    private static List<Sample> samples(String prometheus) {
        List<Sample> samples = new ArrayList<>();
        Matcher line = SAMPLE.matcher(prometheus);
        while (line.find()) {
            Map<String, String> tags = new HashMap<>();
            Matcher tag = TAG.matcher(line.group(2));
            while (tag.find()) {
                tags.put(tag.group(1), tag.group(2));
            }
            samples.add(new Sample(line.group(1), tags, Double.parseDouble(line.group(3))));
        }
        return samples;
    }
}
