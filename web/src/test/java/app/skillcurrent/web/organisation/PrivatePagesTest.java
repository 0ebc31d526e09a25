package app.skillcurrent.web.organisation;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in person is shown, the team report's CSV and JSON above all, is never stored by a cache or
 * the browser; public pages and the site's files are left cacheable. Over plain HTTP (the default,
 * {@code COOKIE_SECURE=false}) nothing claims HTTPS.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivatePagesTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void signedInPagesAndReportsAreNotStored() {
        Employers employers = new Employers(server.getURI());
        Employers.Person admin = employers.person("Cache Admin");
        String organisation = employers.organisation(admin, "Private Reports ApS");
        WebSession session = admin.session();

        for (String page : new String[]{"/dashboard", "/profile", "/organisations/" + organisation}) {
            HttpResponse<String> response = session.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(page).hasValue("no-store");
        }
        HttpResponse<byte[]> csv = session.download("/organisations/" + organisation + "/report.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> json = session.get("/api/v1/organisations/" + organisation + "/report", "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<byte[]> stylesheet = session.download("/assets/css/app.css");
        assertThat(stylesheet.headers().firstValue("Cache-Control")).as("the site's files").isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    void publicPagesForVisitorsStayCacheableAndPlainHttpClaimsNoHttps() {
        HttpResponse<String> home = new WebSession(server.getURI()).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Cache-Control")).isEmpty();
        assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(home.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie.toLowerCase(java.util.Locale.ROOT)).doesNotContain("secure"));
    }
}
