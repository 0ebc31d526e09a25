package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.NewTopic;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static app.skillcurrent.web.catalogue.CatalogueFixtures.slugsOn;
import static app.skillcurrent.web.catalogue.CatalogueFixtures.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue's search, filters, order and pages as a visitor uses them over HTTP. Each test searches for
 * words of its own, so the courses other tests publish into the shared database do not disturb it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchTest implements DatabaseTest {

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
    Topics topics;
    @Inject
    PlatformChanges platformChanges;

    private CatalogueFixtures fixtures;
    private Editor owner;
    private Editor admin;

    @BeforeAll
    void setUp() {
        fixtures = new CatalogueFixtures(accounts, courseEditors, courseDrafts, lessonDrafts, publishing);
        owner = fixtures.instructor();
        admin = new Editor(fixtures.account(Role.ADMIN).id(), false, true);
        // Full-text relevance weighs a word by how rare it is among all rows; unrelated courses keep each
        // test's words rare, as they are in a real catalogue.
        for (String title : List.of("Planning a content calendar", "Writing captions", "Reading analytics")) {
            fixtures.course(owner, title).publish();
        }
    }

    private String get(String path) {
        HttpResponse<String> response = new WebSession(server.getURI()).get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String q(String text) {
        return "/courses?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&quot;", "\"");
    }

    private long topic(String platform) {
        return topics.bySlug(platform).map(Topic::id).orElseThrow();
    }

    @Test
    void aWordOfTheTitleFindsTheCourse() {
        String word = word();
        Course course = fixtures.course(owner, "Selling live with " + word).publish();
        fixtures.course(owner, "Selling live without it").publish();

        String page = get(q(word));
        assertEquals(List.of(course.slug()), slugsOn(page));
        assertTrue(page.contains("1 course"), "the number of matches");
        assertTrue(page.contains("Selling live with " + word));
        assertTrue(page.contains("Version") && page.contains("1.0"), "cards still show the version");
    }

    @Test
    void aWordOfTheSummaryFindsTheCourse() {
        String word = word();
        Course course = fixtures.course(owner, "Campaign basics").summary("How " + word + " budgets are spent").publish();

        assertEquals(List.of(course.slug()), slugsOn(get(q(word))));
        assertEquals(List.of(course.slug()), slugsOn(get(q(word.toUpperCase(Locale.ROOT)))), "case does not matter");
    }

    @Test
    void aTopicNameFindsTheCourseAndRanksAfterTitleMatches() {
        String word = word();
        Topic gadget = topics.create(admin, NewTopic.feature("gadget-" + word, "Gadget " + word + " studio", topic("tiktok")));
        Course byTopic = fixtures.course(owner, "Studio lighting").topics(gadget.id()).publish();
        Course byTitle = fixtures.course(owner, "Studio " + word + " lighting").publish();

        assertEquals(List.of(byTitle.slug(), byTopic.slug()), slugsOn(get(q(word))));
        // part of a topic name is enough
        assertEquals(List.of(byTopic.slug()), slugsOn(get(q("gadget " + word.substring(0, 5)))));
    }

    @Test
    void searchTextIsNeverAPattern() {
        fixtures.course(owner, "Course with a topic").topics(topic("tiktok-shop")).publish();

        for (String text : List.of("%", "_", "!%", "\"+-*<>@()~")) {
            String page = get(q(text));
            assertEquals(List.of(), slugsOn(page), text);
            assertTrue(page.contains("No courses"), text);
        }
    }

    @Test
    void thePlatformFilterTakesThePlatformAndItsFeaturesAndTheTopicFilterOnlyThatTopic() {
        String word = word();
        Course platform = fixtures.course(owner, "Alpha " + word).topics(topic("tiktok")).publish();
        Course feature = fixtures.course(owner, "Bravo " + word).topics(topic("tiktok-shop")).publish();
        Course other = fixtures.course(owner, "Charlie " + word).topics(topic("instagram-reels")).publish();

        assertEquals(List.of(platform.slug(), feature.slug()), slugsOn(get(q(word) + "&platform=tiktok&sort=title")));
        assertEquals(List.of(feature.slug()), slugsOn(get(q(word) + "&topic=tiktok-shop&sort=title")));
        assertEquals(List.of(other.slug()), slugsOn(get(q(word) + "&platform=instagram&sort=title")));
        String page = get(q(word) + "&platform=tiktok");
        assertTrue(page.contains("<option value=\"tiktok\" selected>"), "the form shows the filter in force");
        assertTrue(page.contains("Active filters"));
    }

    @Test
    void levelAndLanguageFilter() {
        String word = word();
        Course beginner = fixtures.course(owner, "Alpha " + word).level(Level.BEGINNER).language("en").publish();
        Course advanced = fixtures.course(owner, "Bravo " + word).level(Level.ADVANCED).language("de").publish();
        Course danish = fixtures.course(owner, "Charlie " + word).level(Level.INTERMEDIATE).language("da").publish();

        assertEquals(List.of(advanced.slug()), slugsOn(get(q(word) + "&level=ADVANCED")));
        assertEquals(List.of(beginner.slug()), slugsOn(get(q(word) + "&level=beginner")));
        assertEquals(List.of(danish.slug()), slugsOn(get(q(word) + "&language=da")));
        String none = get(q(word) + "&level=ADVANCED&language=en");
        assertEquals(List.of(), slugsOn(none));
        assertTrue(none.contains("No course matches “" + word + "” with these filters."), none);
        assertTrue(none.contains("href=\"/courses\">Clear all filters</a>"));
    }

    @Test
    void lengthCountsTheMinutesOfAllLessons() {
        String word = word();
        List<String> slugs = new ArrayList<>();
        for (int minutes : List.of(60, 89, 90, 240, 241)) {
            slugs.add(fixtures.course(owner, String.format("Length %03d %s", minutes, word)).minutes(minutes).publish().slug());
        }
        assertEquals(slugs.subList(0, 2), slugsOn(get(q(word) + "&length=short&sort=title")));
        assertEquals(slugs.subList(2, 4), slugsOn(get(q(word) + "&length=medium&sort=title")));
        assertEquals(slugs.subList(4, 5), slugsOn(get(q(word) + "&length=long&sort=title")));
    }

    @Test
    void recentlyUpdatedMeansTheCurrentVersionIsFromTheLast30Days() {
        String word = word();
        fixtures.course(owner, "Alpha " + word).publishDaysAgo(60);
        Course recent = fixtures.course(owner, "Bravo " + word).publishDaysAgo(5);
        Course updated = fixtures.course(owner, "Charlie " + word).publishDaysAgo(60);
        fixtures.retitle(owner, updated, "Charlie " + word + " revised");
        fixtures.republish(owner, updated, 3);

        assertEquals(List.of(recent.slug(), updated.slug()), slugsOn(get(q(word) + "&fresh=30d&sort=title")));
    }

    @Test
    void sortsByNewestOrTitle() {
        String word = word();
        Course bravo = fixtures.course(owner, "Bravo " + word).publishDaysAgo(3);
        Course alpha = fixtures.course(owner, "Alpha " + word).publishDaysAgo(1);
        Course charlie = fixtures.course(owner, "Charlie " + word).publishDaysAgo(2);

        assertEquals(List.of(alpha.slug(), bravo.slug(), charlie.slug()), slugsOn(get(q(word) + "&sort=title")));
        assertEquals(List.of(alpha.slug(), charlie.slug(), bravo.slug()), slugsOn(get(q(word) + "&sort=newest")));
        assertTrue(get("/courses").contains("<option value=\"newest\" selected>"), "newest first without a search");
        assertTrue(get(q(word)).contains("<option value=\"relevance\" selected>"), "best match first with a search");
    }

    @Test
    void thirteenMatchesMakeTwoPagesAndLinksKeepTheSearch() {
        String word = word();
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            slugs.add(fixtures.course(owner, String.format("Part %02d %s", i, word)).level(Level.INTERMEDIATE).publish().slug());
        }
        String first = get(q(word) + "&level=INTERMEDIATE&sort=title");
        assertEquals(slugs.subList(0, 12), slugsOn(first));
        assertTrue(first.contains("13 courses"));
        assertTrue(first.contains("Page 1 of 2"));
        String next = "/courses?q=" + word + "&level=INTERMEDIATE&sort=title&page=2";
        assertTrue(unescape(first).contains("href=\"" + next + "\" rel=\"next\""), "the next page keeps every filter");

        String second = get(next);
        assertEquals(slugs.subList(12, 13), slugsOn(second));
        assertTrue(unescape(second).contains("href=\"/courses?q=" + word + "&level=INTERMEDIATE&sort=title\" rel=\"prev\""));

        HttpResponse<String> beyond = new WebSession(server.getURI()).get(q(word) + "&page=7");
        assertEquals(200, beyond.statusCode());
        assertEquals(List.of(), slugsOn(beyond.body()));
        assertTrue(beyond.body().contains("There are no results on page 7."));
        assertTrue(unescape(beyond.body()).contains("href=\"/courses?q=" + word + "\">Go to the first page"));
    }

    @Test
    void draftsAndSupersededVersionsNeverMatch() {
        String unpublished = word();
        String draftTitle = word();
        String oldTitle = word();
        String kept = word();
        fixtures.course(owner, "Course " + unpublished).draft();
        Course published = fixtures.course(owner, "Published " + kept).publish();
        fixtures.retitle(owner, published, "Published " + kept + " " + draftTitle);
        Course renamed = fixtures.course(owner, "Course " + oldTitle).publish();
        fixtures.retitle(owner, renamed, "Renamed course");
        fixtures.republish(owner, renamed, 0);

        for (String word : List.of(unpublished, draftTitle, oldTitle)) {
            String page = get(q(word));
            assertEquals(List.of(), slugsOn(page), word);
            assertTrue(page.contains("No course matches “" + word + "”"), word);
            assertFalse(page.contains("Course " + word), word);
        }
        String current = get(q(kept));
        assertEquals(List.of(published.slug()), slugsOn(current), "its current version still shows");
        assertFalse(current.contains(draftTitle));
    }

    @Test
    void aPublicationShowsInTheNextSearchThoughResultsAreKeptForAWhile() {
        String word = word();
        Course first = fixtures.course(owner, "First " + word).publish();
        assertEquals(List.of(first.slug()), slugsOn(get(q(word) + "&sort=title")));
        Course second = fixtures.course(owner, "Second " + word).publish();
        assertEquals(List.of(first.slug(), second.slug()), slugsOn(get(q(word) + "&sort=title")),
                "publishing clears the kept results");
        fixtures.retitle(owner, second, "Second " + word + " renamed");
        fixtures.republish(owner, second, 0);
        assertTrue(get(q(word) + "&sort=title").contains("Second " + word + " renamed"), "so does a new version");
    }

    @Test
    void needsReviewIsAFilterForInstructorsOnly() {
        String word = word();
        Topic feature = topics.create(admin, NewTopic.feature("review-" + word, "Review " + word, topic("youtube")));
        Course stale = fixtures.course(owner, "Alpha " + word).lessonTopics(feature.id()).publishDaysAgo(40);
        Course current = fixtures.course(owner, "Bravo " + word).publishDaysAgo(40);
        platformChanges.record(admin, NewPlatformChange.of(feature.id(), LocalDate.now(ZoneOffset.UTC), "The feature moved", null));
        String path = q(word) + "&fresh=review&sort=title";

        String anonymous = get(path);
        assertEquals(List.of(stale.slug(), current.slug()), slugsOn(anonymous), "ignored for visitors");
        assertFalse(anonymous.contains("value=\"review\""), "not offered to visitors");
        assertFalse(anonymous.contains("needs review"));

        String learner = fixtures.signedIn(server.getURI()).get(path).body();
        assertEquals(List.of(stale.slug(), current.slug()), slugsOn(learner), "ignored for learners");
        assertFalse(learner.contains("value=\"review\""));

        for (Role role : List.of(Role.INSTRUCTOR, Role.ADMIN)) {
            String page = fixtures.signedIn(server.getURI(), role).get(path).body();
            assertEquals(List.of(stale.slug()), slugsOn(page), role.name());
            assertTrue(page.contains("<option value=\"review\" selected>"), role.name());
            assertTrue(page.contains("needs review"), role.name());
        }
    }

    @Test
    void malformedParametersGiveTheBadRequestPageNeverAServerError() {
        List<String> bad = List.of("/courses?level=EXPERT", "/courses?page=0", "/courses?page=-1", "/courses?page=abc",
                "/courses?page=99999999999", q("a".repeat(201)), "/courses?sort=random", "/courses?language=fr",
                "/courses?length=huge", "/courses?fresh=yesterday", "/courses?platform=myspace",
                "/courses?platform=tiktok-shop", "/courses?topic=no-such-topic");
        for (String path : bad) {
            HttpResponse<String> response = new WebSession(server.getURI()).get(path);
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
            assertTrue(response.body().contains("That request did not make sense"), path);
            assertFalse(response.body().contains("Exception"), path);
        }
        assertEquals(200, new WebSession(server.getURI()).get(q("a".repeat(200))).statusCode(), "200 characters are fine");
        assertEquals(200, new WebSession(server.getURI()).get("/courses?q=&platform=&topic=&level=&language=&length=&fresh=&sort=newest")
                .statusCode(), "the form's empty choices mean any");
        assertEquals(200, new WebSession(server.getURI()).get("/courses?fresh=review").statusCode(),
                "a filter visitors are not offered is ignored, not refused");
    }

    @Test
    void theSearchFormIsLabelledAndWorksWithoutScript() {
        String page = get("/courses");
        assertTrue(page.contains("<form class=\"search-form\" method=\"get\" action=\"/courses\" role=\"search\""));
        assertTrue(page.contains("<label for=\"q\">Search courses</label>"));
        for (String name : List.of("platform", "topic", "level", "language", "length", "fresh", "sort")) {
            assertTrue(page.contains("<label for=\"filter-" + name + "\">"), name);
            assertTrue(page.contains("<select id=\"filter-" + name + "\" name=\"" + name + "\">"), name);
        }
        assertTrue(page.contains("href=\"/tracks\""), "the main navigation links to tracks");
        Set<String> german = Set.of("Kurse durchsuchen", "Plattform", "Umfang");
        String de = new WebSession(server.getURI()).acceptLanguage("de").get("/courses").body();
        german.forEach(text -> assertTrue(de.contains(text), text));
    }
}
