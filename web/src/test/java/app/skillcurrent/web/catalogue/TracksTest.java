package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.catalogue.Tracks;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;

import static app.skillcurrent.web.catalogue.CatalogueFixtures.slugsOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tracks show their published courses in the track's order; courses not yet published stay out of sight. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracksTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
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
    Tracks tracks;

    private CatalogueFixtures fixtures;
    private Editor owner;

    @BeforeAll
    void setUp() {
        fixtures = new CatalogueFixtures(accounts, courseEditors, courseDrafts, lessonDrafts, publishing);
        owner = fixtures.instructor();
    }

    private HttpResponse<String> get(String path) {
        return new WebSession(server.getURI()).get(path);
    }

    @Test
    void aTrackListsItsPublishedCoursesInOrderWithTheirTotalTime() {
        Course first = fixtures.course(owner, "Reels from idea to post").minutes(90).publish();
        Course unpublished = fixtures.course(owner, "Shorts secret draft").minutes(300).draft();
        Course last = fixtures.course(owner, "Ads that convert").minutes(60).publish();
        String slug = CatalogueFixtures.slug();
        tracks.create(owner, slug, "Video marketer", "From short video to paid reach.",
                List.of(last.id(), unpublished.id(), first.id()));

        HttpResponse<String> list = get("/tracks");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("<a href=\"/tracks/" + slug + "\">Video marketer</a>"));
        assertTrue(list.body().contains("From short video to paid reach."));
        assertTrue(list.body().contains("2 courses, about 2.5 h"), "the draft counts neither as a course nor as time");

        HttpResponse<String> page = get("/tracks/" + slug);
        assertEquals(200, page.statusCode());
        assertEquals(List.of(last.slug(), first.slug()), slugsOn(page.body()), "the track's order");
        assertFalse(page.body().contains("Shorts secret draft"));
        assertTrue(page.body().contains("Version") && page.body().contains("1.0"), "cards show the version");

        HttpResponse<String> german = new WebSession(server.getURI()).acceptLanguage("de").get("/tracks/" + slug);
        assertTrue(german.body().contains("2 Kurse, etwa 2,5 Std."), german.body());
    }

    @Test
    void aTrackWithoutPublishedCoursesIsNotListedButItsPageSaysSo() {
        Course draft = fixtures.course(owner, "Nothing here yet").draft();
        String slug = CatalogueFixtures.slug();
        tracks.create(owner, slug, "Coming soon", "Not ready.", List.of(draft.id()));

        assertFalse(get("/tracks").body().contains("/tracks/" + slug + "\""));
        HttpResponse<String> page = get("/tracks/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The courses of this track are not published yet."));
    }

    @Test
    void anUnknownTrackIsNotFound() {
        HttpResponse<String> response = get("/tracks/no-such-track");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
    }

    @Test
    void theNavigationLinksToTracks() {
        assertTrue(get("/").body().contains("<a href=\"/tracks\">Tracks</a>"));
    }
}
