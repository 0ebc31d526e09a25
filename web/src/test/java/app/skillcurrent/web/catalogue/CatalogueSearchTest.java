package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.NewTopic;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import java.util.stream.Stream;

import static app.skillcurrent.web.catalogue.CatalogueFixtures.slugsOn;
import static app.skillcurrent.web.catalogue.CatalogueFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's search, filters, order and pages as a visitor uses them over HTTP. Each test searches for
 * words of its own, so the courses other tests publish into the shared database do not disturb it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchTest implements DatabaseTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    Publishing publishing;
    @Inject
    Topics topics;
    @Inject
    PlatformChanges platformChanges;

    private Editor owner;
    private Editor admin;

    @BeforeAll
    void setUp() {
        owner = fixtures.instructor();
        admin = fixtures.admin();
        // Full-text relevance weighs a word by how rare it is among all rows; unrelated courses keep each
        // test's words rare, as they are in a real catalogue.
        for (String title : List.of("Planning a content calendar", "Writing captions", "Reading analytics")) {
            courses.course(owner, title).publish();
        }
    }

    private String get(String path) {
        return get(new WebSession(server.getURI()), path);
    }

    private static String get(WebSession session, String path) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private Document page(String path) {
        return Jsoup.parse(get(path));
    }

    private static String q(String text) {
        return "/courses?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long topic(String platform) {
        return topics.bySlug(platform).map(Topic::id).orElseThrow();
    }

    /** What the options of a filter select say, "Any" included. */
    private static List<String> options(Document page, String filter) {
        return page.select("select#filter-" + filter + " option").eachText();
    }

    /** The value of the option a select shows as chosen. */
    private static List<String> selected(Document page, String filter) {
        return page.select("select#filter-" + filter + " option[selected]").eachAttr("value");
    }

    /** The labels of the active-filter chips, without the hidden "Remove filter:" and the ×. */
    private static List<String> chips(Document page) {
        return page.select(".active-filters a.chip").stream().map(Element::ownText).map(String::strip).toList();
    }

    private static String resultCount(Document page) {
        return page.select("#results-heading").text();
    }

    private static String emptyState(Document page) {
        return page.select(".empty-state").text();
    }

    @Test
    void everyFilterOptionIsLabelledWithItsOwnNameAndSoIsEveryChip() {
        List<String> topicLabels = topics.all().stream().map(t -> topics.label(t.id())).toList();
        Document all = page("/courses");

        assertThat(all.select("label[for^=filter-]").eachText())
                .containsExactly("Platform", "Topic", "Level", "Language", "Length", "Freshness", "Sort by");
        assertThat(options(all, "platform")).containsExactly("Any", "Instagram", "LinkedIn", "Meta", "TikTok", "X", "YouTube");
        assertThat(options(all, "topic")).containsExactlyElementsOf(Stream.concat(Stream.of("Any"), topicLabels.stream()).toList())
                .contains("Instagram", "TikTok › Shop", "YouTube › Shorts").doesNotContain("Topic");
        assertThat(all.select("select#filter-topic option[value=tiktok-shop]").text()).isEqualTo("TikTok › Shop");
        assertThat(options(all, "level")).containsExactly("Any", "Beginner", "Intermediate", "Advanced");
        assertThat(options(all, "language")).containsExactly("Any", "English", "Deutsch", "dansk");
        assertThat(options(all, "length")).containsExactly("Any", "Under 1.5 hours", "1.5 to 4 hours", "Over 4 hours");
        assertThat(options(all, "fresh")).containsExactly("Any", "Updated in the last 30 days");
        assertThat(options(all, "sort")).containsExactly("Best match", "Recently updated", "Title (A to Z)");
        assertThat(chips(all)).as("no filter in force").isEmpty();

        String word = word();
        Document filtered = page(q(word) + "&platform=tiktok&topic=tiktok-shop&level=ADVANCED&language=de&length=long&fresh=30d");
        assertThat(chips(filtered)).containsExactly("Search: “" + word + "”", "TikTok", "TikTok › Shop", "Advanced",
                "Deutsch", "Over 4 hours", "Updated in the last 30 days");
        assertThat(filtered.select(".active-filters a.chip").eachAttr("href")).as("each chip removes its own filter")
                .first().isEqualTo("/courses?platform=tiktok&topic=tiktok-shop&level=ADVANCED&language=de&length=long&fresh=30d");

        Document german = Jsoup.parse(get(new WebSession(server.getURI()).acceptLanguage("de"), "/courses?level=BEGINNER&language=da"));
        assertThat(options(german, "level")).containsExactly("Alle", "Einsteiger", "Fortgeschrittene", "Experten");
        assertThat(options(german, "language")).as("languages in their own names")
                .containsExactly("Alle", "English", "Deutsch", "dansk");
        assertThat(chips(german)).containsExactly("Einsteiger", "dansk");
    }

    @Test
    void aWordOfTheTitleFindsTheCourse() {
        String word = word();
        Course course = courses.course(owner, "Selling live with " + word).publish();
        courses.course(owner, "Selling live without it").publish();

        Document page = page(q(word));
        assertThat(slugsOn(page.outerHtml())).containsExactly(course.slug());
        assertThat(resultCount(page)).as("the number of matches").isEqualTo("1 course");
        Element card = page.selectFirst(".card-grid .card");
        assertThat(card.select("h3").text()).isEqualTo("Selling live with " + word);
        assertThat(card.select(".card-facts div").eachText()).as("cards still show the version").contains("Version 1.0");
    }

    @Test
    void aWordOfTheSummaryFindsTheCourse() {
        String word = word();
        Course course = courses.course(owner, "Campaign basics").summary("How " + word + " budgets are spent").publish();

        assertThat(slugsOn(get(q(word)))).containsExactly(course.slug());
        assertThat(slugsOn(get(q(word.toUpperCase(Locale.ROOT))))).as("case does not matter").containsExactly(course.slug());
    }

    @Test
    void aTopicNameFindsTheCourseAndRanksAfterTitleMatches() {
        String word = word();
        Topic gadget = topics.create(admin, NewTopic.feature("gadget-" + word, "Gadget " + word + " studio", topic("tiktok")));
        Course byTopic = courses.course(owner, "Studio lighting").topics(gadget.id()).publish();
        Course byTitle = courses.course(owner, "Studio " + word + " lighting").publish();

        assertThat(slugsOn(get(q(word)))).containsExactly(byTitle.slug(), byTopic.slug());
        assertThat(slugsOn(get(q("gadget " + word.substring(0, 5))))).as("part of a topic name is enough")
                .containsExactly(byTopic.slug());
    }

    @Test
    void searchTextIsNeverAPattern() {
        courses.course(owner, "Course with a topic").topics(topic("tiktok-shop")).publish();

        for (String text : List.of("%", "_", "!%", "\"+-*<>@()~")) {
            Document page = page(q(text));
            assertThat(slugsOn(page.outerHtml())).as(text).isEmpty();
            assertThat(resultCount(page)).as(text).isEqualTo("No courses");
        }
    }

    @Test
    void thePlatformFilterTakesThePlatformAndItsFeaturesAndTheTopicFilterOnlyThatTopic() {
        String word = word();
        Course platform = courses.course(owner, "Alpha " + word).topics(topic("tiktok")).publish();
        Course feature = courses.course(owner, "Bravo " + word).topics(topic("tiktok-shop")).publish();
        Course other = courses.course(owner, "Charlie " + word).topics(topic("instagram-reels")).publish();

        assertThat(slugsOn(get(q(word) + "&platform=tiktok&sort=title"))).containsExactly(platform.slug(), feature.slug());
        assertThat(slugsOn(get(q(word) + "&topic=tiktok-shop&sort=title"))).containsExactly(feature.slug());
        assertThat(slugsOn(get(q(word) + "&platform=instagram&sort=title"))).containsExactly(other.slug());
        Document page = page(q(word) + "&platform=tiktok");
        assertThat(selected(page, "platform")).as("the form shows the filter in force").containsExactly("tiktok");
        assertThat(page.select("#active-filters-label").text()).isEqualTo("Active filters:");
        assertThat(chips(page)).containsExactly("Search: “" + word + "”", "TikTok");
    }

    @Test
    void levelAndLanguageFilter() {
        String word = word();
        Course beginner = courses.course(owner, "Alpha " + word).level(Level.BEGINNER).language("en").publish();
        Course advanced = courses.course(owner, "Bravo " + word).level(Level.ADVANCED).language("de").publish();
        Course danish = courses.course(owner, "Charlie " + word).level(Level.INTERMEDIATE).language("da").publish();

        assertThat(slugsOn(get(q(word) + "&level=ADVANCED"))).containsExactly(advanced.slug());
        assertThat(slugsOn(get(q(word) + "&level=beginner"))).containsExactly(beginner.slug());
        assertThat(slugsOn(get(q(word) + "&language=da"))).containsExactly(danish.slug());
        Document none = page(q(word) + "&level=ADVANCED&language=en");
        assertThat(slugsOn(none.outerHtml())).isEmpty();
        assertThat(none.select(".empty-state p").eachText())
                .containsExactly("No course matches “" + word + "” with these filters.", "Clear all filters");
        assertThat(none.select(".empty-state a").attr("href")).isEqualTo("/courses");
    }

    @Test
    void filtersWithoutASearchTextSayNoCourseMatchesThem() {
        Document none = page("/courses?level=ADVANCED&language=da&length=long");
        assertThat(slugsOn(none.outerHtml())).isEmpty();
        assertThat(emptyState(none)).isEqualTo("No course matches these filters. Clear all filters");
    }

    @Test
    void lengthCountsTheMinutesOfAllLessons() {
        String word = word();
        List<String> slugs = new ArrayList<>();
        for (int minutes : List.of(60, 89, 90, 240, 241)) {
            slugs.add(courses.course(owner, String.format("Length %03d %s", minutes, word)).minutes(minutes).publish().slug());
        }
        assertThat(slugsOn(get(q(word) + "&length=short&sort=title"))).containsExactlyElementsOf(slugs.subList(0, 2));
        assertThat(slugsOn(get(q(word) + "&length=medium&sort=title"))).containsExactlyElementsOf(slugs.subList(2, 4));
        assertThat(slugsOn(get(q(word) + "&length=long&sort=title"))).containsExactlyElementsOf(slugs.subList(4, 5));
    }

    @Test
    void recentlyUpdatedMeansTheCurrentVersionIsFromTheLast30Days() {
        String word = word();
        courses.course(owner, "Alpha " + word).publishDaysAgo(60);
        Course recent = courses.course(owner, "Bravo " + word).publishDaysAgo(5);
        Course updated = courses.course(owner, "Charlie " + word).publishDaysAgo(60);
        courses.retitle(owner, updated, "Charlie " + word + " revised");
        courses.republish(owner, updated, 3);

        assertThat(slugsOn(get(q(word) + "&fresh=30d&sort=title"))).containsExactly(recent.slug(), updated.slug());
    }

    @Test
    void sortsByNewestOrTitle() {
        String word = word();
        Course bravo = courses.course(owner, "Bravo " + word).publishDaysAgo(3);
        Course alpha = courses.course(owner, "Alpha " + word).publishDaysAgo(1);
        Course charlie = courses.course(owner, "Charlie " + word).publishDaysAgo(2);

        assertThat(slugsOn(get(q(word) + "&sort=title"))).containsExactly(alpha.slug(), bravo.slug(), charlie.slug());
        assertThat(slugsOn(get(q(word) + "&sort=newest"))).containsExactly(alpha.slug(), charlie.slug(), bravo.slug());
        assertThat(selected(page("/courses"), "sort")).as("newest first without a search").containsExactly("newest");
        assertThat(selected(page(q(word)), "sort")).as("best match first with a search").containsExactly("relevance");
    }

    @Test
    void thirteenMatchesMakeTwoPagesAndLinksKeepTheSearch() {
        String word = word();
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            slugs.add(courses.course(owner, String.format("Part %02d %s", i, word)).level(Level.INTERMEDIATE).publish().slug());
        }
        Document first = page(q(word) + "&level=INTERMEDIATE&sort=title");
        assertThat(slugsOn(first.outerHtml())).containsExactlyElementsOf(slugs.subList(0, 12));
        assertThat(resultCount(first)).isEqualTo("13 courses");
        assertThat(first.select("nav.pagination p").text()).isEqualTo("Page 1 of 2");
        String next = "/courses?q=" + word + "&level=INTERMEDIATE&sort=title&page=2";
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).as("the next page keeps every filter").isEqualTo(next);
        assertThat(first.select("nav.pagination a[rel=prev]")).as("no previous page on the first").isEmpty();
        assertThat(first.select("nav.pagination li a:not([rel])").eachText()).containsExactly("Page 1", "Page 2");
        assertThat(first.select("nav.pagination a[aria-current=page]").text()).isEqualTo("Page 1");

        Document second = page(next);
        assertThat(slugsOn(second.outerHtml())).containsExactlyElementsOf(slugs.subList(12, 13));
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href"))
                .isEqualTo("/courses?q=" + word + "&level=INTERMEDIATE&sort=title");
        assertThat(second.select("nav.pagination a[rel=next]")).as("no next page on the last").isEmpty();

        HttpResponse<String> beyond = new WebSession(server.getURI()).get(q(word) + "&page=7");
        assertThat(beyond.statusCode()).isEqualTo(200);
        Document empty = Jsoup.parse(beyond.body());
        assertThat(slugsOn(beyond.body())).isEmpty();
        assertThat(empty.select(".empty-state p").eachText()).containsExactly("There are no results on page 7.", "Go to the first page");
        assertThat(empty.select(".empty-state a").attr("href")).isEqualTo("/courses?q=" + word);
    }

    @Test
    void draftsAndSupersededVersionsNeverMatch() {
        String unpublished = word();
        String draftTitle = word();
        String oldTitle = word();
        String kept = word();
        courses.course(owner, "Course " + unpublished).draft();
        Course published = courses.course(owner, "Published " + kept).publish();
        courses.retitle(owner, published, "Published " + kept + " " + draftTitle);
        Course renamed = courses.course(owner, "Course " + oldTitle).publish();
        courses.retitle(owner, renamed, "Renamed course");
        courses.republish(owner, renamed, 0);

        for (String word : List.of(unpublished, draftTitle, oldTitle)) {
            Document page = page(q(word));
            assertThat(slugsOn(page.outerHtml())).as(word).isEmpty();
            assertThat(emptyState(page)).as(word).startsWith("No course matches “" + word + "”");
            assertThat(page.select(".card h3").eachText()).as(word).isEmpty();
        }
        Document current = page(q(kept));
        assertThat(slugsOn(current.outerHtml())).as("its current version still shows").containsExactly(published.slug());
        assertThat(current.select(".card h3").eachText()).containsExactly("Published " + kept);
    }

    @Test
    void aPublicationShowsInTheNextSearchThoughResultsAreKeptForAWhile() {
        String word = word();
        Course first = courses.course(owner, "First " + word).publish();
        assertThat(slugsOn(get(q(word) + "&sort=title"))).containsExactly(first.slug());
        Course second = courses.course(owner, "Second " + word).publish();
        assertThat(slugsOn(get(q(word) + "&sort=title"))).as("publishing clears the kept results")
                .containsExactly(first.slug(), second.slug());
        courses.retitle(owner, second, "Second " + word + " renamed");
        courses.republish(owner, second, 0);
        assertThat(page(q(word) + "&sort=title").select(".card h3").eachText()).as("so does a new version")
                .containsExactly("First " + word, "Second " + word + " renamed");
    }

    @Test
    void needsReviewIsAFilterForInstructorsOnly() {
        String word = word();
        Topic feature = topics.create(admin, NewTopic.feature("review-" + word, "Review " + word, topic("youtube")));
        Course stale = courses.course(owner, "Alpha " + word).lessonTopics(feature.id()).publishDaysAgo(40);
        Course current = courses.course(owner, "Bravo " + word).publishDaysAgo(40);
        platformChanges.record(admin, NewPlatformChange.of(feature.id(), LocalDate.now(ZoneOffset.UTC), "The feature moved", null));
        String path = q(word) + "&fresh=review&sort=title";

        Document anonymous = page(path);
        assertThat(slugsOn(anonymous.outerHtml())).as("ignored for visitors").containsExactly(stale.slug(), current.slug());
        assertThat(options(anonymous, "fresh")).as("not offered to visitors").containsExactly("Any", "Updated in the last 30 days");
        assertThat(anonymous.select(".card .badge-warn")).as("no review badges for visitors").isEmpty();

        Document learner = Jsoup.parse(get(Accounts.signedIn(server.getURI(), fixtures.account()), path));
        assertThat(slugsOn(learner.outerHtml())).as("ignored for learners").containsExactly(stale.slug(), current.slug());
        assertThat(options(learner, "fresh")).containsExactly("Any", "Updated in the last 30 days");

        for (Role role : List.of(Role.INSTRUCTOR, Role.ADMIN)) {
            Document page = Jsoup.parse(get(Accounts.signedIn(server.getURI(), fixtures.account(role)), path));
            assertThat(slugsOn(page.outerHtml())).as(role.name()).containsExactly(stale.slug());
            assertThat(options(page, "fresh")).as(role.name()).containsExactly("Any", "Updated in the last 30 days", "Needs review");
            assertThat(selected(page, "fresh")).as(role.name()).containsExactly("review");
            assertThat(chips(page)).as(role.name()).containsExactly("Search: “" + word + "”", "Needs review");
            assertThat(page.select(".card .badge-warn").eachText()).as(role.name()).containsExactly("needs review");
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
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("That request did not make sense");
            assertThat(response.body()).as(path).doesNotContain("Exception");
        }
        assertThat(new WebSession(server.getURI()).get(q("a".repeat(200))).statusCode()).as("200 characters are fine").isEqualTo(200);
        assertThat(new WebSession(server.getURI()).get("/courses?q=&platform=&topic=&level=&language=&length=&fresh=&sort=newest")
                .statusCode()).as("the form's empty choices mean any").isEqualTo(200);
        assertThat(new WebSession(server.getURI()).get("/courses?fresh=review").statusCode())
                .as("a filter visitors are not offered is ignored, not refused").isEqualTo(200);
    }

    @Test
    void theSearchFormIsLabelledAndWorksWithoutScript() {
        Document page = page("/courses");
        Element form = page.selectFirst("form.search-form");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/courses");
        assertThat(form.attr("role")).isEqualTo("search");
        assertThat(form.select("label[for=q]").text()).isEqualTo("Search courses");
        assertThat(form.select("input#q").attr("name")).isEqualTo("q");
        for (String name : List.of("platform", "topic", "level", "language", "length", "fresh", "sort")) {
            assertThat(form.select("label[for=filter-" + name + "]")).as(name).hasSize(1);
            assertThat(form.select("select#filter-" + name).attr("name")).as(name).isEqualTo(name);
        }
        assertThat(page.select("a[href=/tracks]")).as("the main navigation links to tracks").isNotEmpty();
        Document de = Jsoup.parse(get(new WebSession(server.getURI()).acceptLanguage("de"), "/courses"));
        assertThat(de.select("label[for=q]").text()).isEqualTo("Kurse durchsuchen");
        assertThat(de.select("label[for^=filter-]").eachText()).contains("Plattform", "Umfang");
    }

    @Test
    void theSearchTextStaysInTheBoxAndTheTitle() {
        String word = word();
        Document page = page(q(word + " <b>"));
        assertThat(page.select("input#q").val()).isEqualTo(word + " <b>");
        assertThat(page.title()).isEqualTo("Search: “" + word + " <b>” · Courses · Skillcurrent");
    }
}
