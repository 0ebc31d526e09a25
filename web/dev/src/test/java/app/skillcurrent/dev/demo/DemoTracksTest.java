package app.skillcurrent.dev.demo;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh installation with demo data has tracks made of the demo courses, and a searchable catalogue. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTracksTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("app.demo-data.enabled", "true");
    }

    @Test
    void theDemoTracksListTheirCoursesInOrder() {
        WebSession visitor = new WebSession(server.getURI());
        assertThat(Jsoup.parse(visitor.get("/tracks").body()).select(".track-list .card h2 a").eachText())
                .contains("Short-video specialist", "Community and B2B");

        assertThat(courseSlugs(visitor, "/tracks/short-video-specialist"))
                .containsExactly("tiktok-shop-essentials", "instagram-reels-that-reach", "youtube-shorts-strategy");
        assertThat(courseSlugs(visitor, "/tracks/community-and-b2b"))
                .containsExactly("linkedin-pages-and-newsletters", "x-polls-and-communities", "linkedin-for-virksomheder");
    }

    @Test
    void theDemoCataloguesFiltersNarrowItDown() {
        WebSession visitor = new WebSession(server.getURI());
        assertThat(courseSlugs(visitor, "/courses?language=de")).containsExactly("instagram-stories-fuer-marken");
        assertThat(courseSlugs(visitor, "/courses?platform=tiktok")).contains("tiktok-shop-essentials");
        assertThat(courseSlugs(visitor, "/courses")).hasSize(8);
    }

    @Test
    void theHomePageShowsTheSixLatestCoursesAndLinksToAllOfThem() {
        Document home = Jsoup.parse(new WebSession(server.getURI()).get("/").body());
        assertThat(home.select(".card h3 a[href^=/courses/]")).hasSize(6);
        assertThat(home.select(".card .card-platforms .tag").eachText()).as("each card names its platforms").isNotEmpty()
                .doesNotContainNull();
        assertThat(home.select("a[href=/courses]").eachText()).contains("See all 8 courses");
    }

    /** The courses a page lists, by the slug of each card's title link, in page order. */
    private static List<String> courseSlugs(WebSession visitor, String path) {
        return Jsoup.parse(visitor.get(path).body()).select(".card h3 a[href^=/courses/]").stream()
                .map(link -> link.attr("href").substring("/courses/".length()))
                .toList();
    }
}
