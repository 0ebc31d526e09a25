package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.fixture.ContentFixtures;
import org.jsoup.Jsoup;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What catalogue tests add to the shared fixtures (content's {@code ContentFixtures} builds and publishes the
 * courses with the settings they vary): words to search for, and the courses a page lists.
 */
final class CatalogueFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CatalogueFixtures() {
    }

    /**
     * A made-up word found nowhere else: letters only, so the full-text parser keeps it as one token, and
     * longer than the minimum indexed word length.
     */
    static String word() {
        StringBuilder letters = new StringBuilder();
        int n = SEQUENCE.incrementAndGet();
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "zeq" + letters + "vok";
    }

    /** An address no other course or track uses. */
    static String slug() {
        return ContentFixtures.unique("cat");
    }

    /** The course addresses of the cards on a catalogue, track or home page, in the order shown. */
    static List<String> slugsOn(String page) {
        return Jsoup.parse(page).select(".card h3 a[href^=/courses/]").stream()
                .map(link -> link.attr("href").substring("/courses/".length())).toList();
    }
}
