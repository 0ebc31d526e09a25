package app.skillcurrent.web.catalogue;

import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static app.skillcurrent.web.catalogue.CatalogueFixtures.slugsOn;
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
        assertThat(Jsoup.parse(visitor.get("/tracks").body()).select(".track-list h2").eachText())
                .contains("Short-video specialist", "Community and B2B");

        assertThat(slugsOn(visitor.get("/tracks/short-video-specialist").body()))
                .containsExactly("tiktok-shop-essentials", "instagram-reels-that-reach", "youtube-shorts-strategy");
        assertThat(slugsOn(visitor.get("/tracks/community-and-b2b").body()))
                .containsExactly("linkedin-pages-and-newsletters", "x-polls-and-communities", "linkedin-for-virksomheder");
    }

    @Test
    void theDemoCataloguesFiltersNarrowItDown() {
        WebSession visitor = new WebSession(server.getURI());
        assertThat(slugsOn(visitor.get("/courses?language=de").body())).containsExactly("instagram-stories-fuer-marken");
        assertThat(slugsOn(visitor.get("/courses?platform=tiktok").body())).contains("tiktok-shop-essentials");
        assertThat(slugsOn(visitor.get("/courses").body())).hasSize(8);
    }

    @Test
    void theHomePageShowsTheSixLatestCoursesAndLinksToAllOfThem() {
        Document home = Jsoup.parse(new WebSession(server.getURI()).get("/").body());
        assertThat(slugsOn(home.outerHtml())).hasSize(6);
        assertThat(home.select(".card .card-platforms .tag").eachText()).as("each card names its platforms").isNotEmpty()
                .doesNotContainNull();
        assertThat(home.select("a[href=/courses]").eachText()).contains("See all 8 courses");
    }
}
