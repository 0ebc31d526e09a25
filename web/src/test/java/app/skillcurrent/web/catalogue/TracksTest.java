package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.catalogue.Tracks;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;

import static app.skillcurrent.web.catalogue.CatalogueFixtures.slugsOn;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracks show their published courses in the track's order; courses not yet published stay out of sight. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracksTest implements DatabaseTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    Tracks tracks;

    private Editor owner;

    @BeforeAll
    void setUp() {
        owner = fixtures.instructor();
    }

    private HttpResponse<String> get(String path) {
        return new WebSession(server.getURI()).get(path);
    }

    @Test
    void aTrackListsItsPublishedCoursesInOrderWithTheirTotalTime() {
        Course first = courses.course(owner, "Reels from idea to post").minutes(90).publish();
        Course unpublished = courses.course(owner, "Shorts secret draft").minutes(300).draft();
        Course last = courses.course(owner, "Ads that convert").minutes(60).publish();
        String slug = CatalogueFixtures.slug();
        tracks.create(owner, slug, "Video marketer", "From short video to paid reach.",
                List.of(last.id(), unpublished.id(), first.id()));

        HttpResponse<String> list = get("/tracks");
        assertThat(list.statusCode()).isEqualTo(200);
        Element card = Jsoup.parse(list.body()).selectFirst(".track-list .card:has(a[href=/tracks/" + slug + "])");
        assertThat(card).as("the track is listed").isNotNull();
        assertThat(card.select("h2 a").text()).isEqualTo("Video marketer");
        assertThat(card.select("p").eachText()).as("the draft counts neither as a course nor as time")
                .containsExactly("From short video to paid reach.", "2 courses, about 2.5 h");

        HttpResponse<String> page = get("/tracks/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        Document track = Jsoup.parse(page.body());
        assertThat(slugsOn(page.body())).as("the track's order").containsExactly(last.slug(), first.slug());
        assertThat(track.select("h1").text()).isEqualTo("Video marketer");
        assertThat(track.select(".card h3").eachText()).containsExactly("Ads that convert", "Reels from idea to post");
        assertThat(track.select(".card").first().select(".card-facts div").eachText()).as("cards show the version")
                .contains("Version 1.0");

        HttpResponse<String> german = new WebSession(server.getURI()).acceptLanguage("de").get("/tracks/" + slug);
        assertThat(Jsoup.parse(german.body()).select("p.meta").first().text()).isEqualTo("2 Kurse, etwa 2,5 Std.");
    }

    @Test
    void aTrackWithoutPublishedCoursesIsNotListedButItsPageSaysSo() {
        Course draft = courses.course(owner, "Nothing here yet").draft();
        String slug = CatalogueFixtures.slug();
        tracks.create(owner, slug, "Coming soon", "Not ready.", List.of(draft.id()));

        assertThat(Jsoup.parse(get("/tracks").body()).select("a[href=/tracks/" + slug + "]")).isEmpty();
        HttpResponse<String> page = get("/tracks/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select(".empty-state").text()).isEqualTo("The courses of this track are not published yet.");
    }

    @Test
    void anUnknownTrackIsNotFound() {
        HttpResponse<String> response = get("/tracks/no-such-track");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void theNavigationLinksToTracks() {
        assertThat(Jsoup.parse(get("/").body()).select("a[href=/tracks]").eachText()).contains("Tracks");
    }
}
