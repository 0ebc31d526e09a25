package app.skillcurrent.web.catalogue;

import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static app.skillcurrent.web.catalogue.CatalogueFixtures.slugsOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String list = visitor.get("/tracks").body();
        assertTrue(list.contains("Short-video specialist"), list);
        assertTrue(list.contains("Community and B2B"), list);

        assertEquals(List.of("tiktok-shop-essentials", "instagram-reels-that-reach", "youtube-shorts-strategy"),
                slugsOn(visitor.get("/tracks/short-video-specialist").body()));
        assertEquals(List.of("linkedin-pages-and-newsletters", "x-polls-and-communities", "linkedin-for-virksomheder"),
                slugsOn(visitor.get("/tracks/community-and-b2b").body()));
    }

    @Test
    void theDemoCataloguesFiltersNarrowItDown() {
        WebSession visitor = new WebSession(server.getURI());
        assertEquals(List.of("instagram-stories-fuer-marken"), slugsOn(visitor.get("/courses?language=de").body()));
        assertTrue(slugsOn(visitor.get("/courses?platform=tiktok").body()).contains("tiktok-shop-essentials"));
        assertEquals(8, slugsOn(visitor.get("/courses").body()).size());
    }
}
