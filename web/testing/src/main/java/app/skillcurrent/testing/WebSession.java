package app.skillcurrent.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-like client over real HTTP: keeps cookies, does not follow redirects, and submits forms with
 * the CSRF token of the last page it loaded, as a browser would.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String lastCsrfToken;
    private String acceptLanguage;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public WebSession acceptLanguage(String header) {
        this.acceptLanguage = header;
        return this;
    }

    /** Sends this header with every request from now on, as a proxy in front of the server might add it. */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = request(path).header("Accept", accept).GET();
        return remembered(send(request));
    }

    /** Fetches a file as a browser's download link would, bytes untouched. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page loaded (loads {@code path}'s page first if none). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        if (lastCsrfToken == null) {
            get("/");
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrfToken", lastCsrfToken);
        return postRaw(path, withToken);
    }

    /** Posts exactly the given fields: no token is added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return remembered(send(request));
    }

    /**
     * Keeps the CSRF token of the page in the response. Tokens belong to the session they were shown in, so
     * when the response started or ended a session (sign-in, sign-up, sign-out: a redirect a browser would
     * follow to a page with a new token) the remembered one is dropped, and the next {@link #post} loads a page
     * first, as the browser would have.
     */
    private HttpResponse<String> remembered(HttpResponse<String> response) {
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            lastCsrfToken = m.group(1);
        }
        boolean sessionChanged = response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("session="));
        if (sessionChanged) {
            lastCsrfToken = null;
        }
        return response;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Sets a cookie as if this site had set it, for a value a browser might bring from elsewhere. */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public void dropCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    public String csrfToken() {
        return lastCsrfToken;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
