package app.skillcurrent.web.security;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.RawHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind HTTPS ({@code COOKIE_SECURE=true}) every cookie is {@code Secure}, not only the session's, and
 * browsers are told to keep to HTTPS. The test speaks plain HTTP to the server, so it sends cookies itself.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureTransportTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.security.token.cookie.cookie-secure", "true");
    }

    @Test
    void everyCookieIsSecureAndHttpsIsRequiredForAYear() throws Exception {
        HttpResponse<String> home = send(HttpRequest.newBuilder(server.getURI().resolve("/")).header("Accept", "text/html").GET());
        assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        String csrf = cookie(home, "csrf").orElseThrow();
        assertThat(attributes(home, "csrf")).contains("secure", "httponly");
        String token = Jsoup.parse(home.body()).select("input[name=csrfToken]").attr("value");
        String cookies = csrf.substring(0, csrf.indexOf(';'));

        HttpResponse<String> language = post("/language", cookies, Map.of("lang", "de", "returnTo", "/", "csrfToken", token));
        assertThat(language.statusCode()).isEqualTo(303);
        assertThat(attributes(language, "lang")).contains("secure");

        HttpResponse<String> signUp = post("/signup", cookies, Map.of("email", "secure@example.com", "displayName", "Sam",
                "password", "a-long-password", "locale", "en", "consent", "yes", "csrfToken", token));
        assertThat(signUp.statusCode()).isEqualTo(303);
        assertThat(attributes(signUp, "session")).contains("secure");
        assertThat(attributes(signUp, "flash")).contains("secure");
        assertThat(signUp.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void errorPagesToo() {
        RawHttp.Answer notFound = new RawHttp(server.getURI()).send("GET", "/no/such/page", Map.of("Accept", "text/html"), null);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.headers()).containsEntry("strict-transport-security", "max-age=31536000");
    }

    private HttpResponse<String> post(String path, String cookies, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    /** The attributes of the named cookie the response sets, lower-cased, without their values. */
    private static List<String> attributes(HttpResponse<?> response, String name) {
        String cookie = cookie(response, name).orElseThrow(() -> new AssertionError("no " + name + " cookie in "
                + response.headers().allValues("Set-Cookie")));
        return java.util.Arrays.stream(cookie.split(";")).skip(1).map(a -> a.strip().split("=", 2)[0].toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
