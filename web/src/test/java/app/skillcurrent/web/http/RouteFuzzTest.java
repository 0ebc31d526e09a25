package app.skillcurrent.web.http;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.CapturedLog;
import app.skillcurrent.web.support.RawHttp;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the router knows (so a new one is included without being listed here), called by a visitor and
 * by a signed-in learner with what no form of ours sends: malformed percent-encodings, megabyte fields,
 * control characters, extreme numbers and dates, wrong content types, odd path variables and Accept
 * headers. No answer may be a 5xx, and nothing of any body sent may reach the log. The cases are drawn
 * from a fixed seed, so every run sends the same requests.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteFuzzTest implements DatabaseTest {

    private static final long SEED = 20261204L;
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    /** In every body sent, so the log can be searched for it; never in a path or query, which the access log shows. */
    private static final String MARK = "BodyMark";
    /** Routes that end the learner's session, walked last so the others are tried signed in. */
    private static final Set<String> ENDING_THE_SESSION = Set.of("/signout", "/profile/sessions", "/profile/password", "/profile/delete");
    /** Query parameters read from the request itself rather than bound as arguments (the catalogue's search). */
    private static final List<String> COMMON_PARAMETERS = List.of("q", "page", "platform", "level", "language", "fresh", "sort");

    private static final List<String> ODD_VALUES = List.of(
            "2147483648", "-2147483649", "9223372036854775808", "-1", "0", "1e309", "NaN", "0x1F", "١٢٣",
            "-999999999-01-01", "+999999999-12-31", "2026-13-45", "0000-00-00", "2026-02-30T25:61",
            "\r\n12:00:00.000 ERROR forged", "\u0000\u0007\u001b[31m\u007f", "\u202eevil", "<script>alert(1)</script>",
            "' OR 1=1 --", "../../etc/passwd", "ü".repeat(300), "x".repeat(20_000), "", " ", "\uD800");
    private static final List<String> ODD_ENCODINGS = List.of("%zz", "%", "%C3%28", "%00", "%0D%0A", "%E2%80%AE", "%%%");
    private static final List<String> ODD_PATH_VALUES = List.of(
            "%zz", "-1", "0", "99999999999999999999", "%00", "a%0D%0Ab", "%3Cscript%3E", "%C3%28", "..%2F..", "x".repeat(3000));
    private static final List<String> ODD_ACCEPTS = List.of(
            "application/json", "*/*", "text/csv", "image/png", "application/pdf", "garbage", "text/html;q=abc", "");
    private static final List<String> ODD_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/octet-stream", "multipart/form-data; boundary=zz",
            "multipart/form-data", "application/x-www-form-urlencoded; charset=bogus", "application/json; charset=utf-16",
            "image/png", "garbage/");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    CoreFixtures people;
    @Inject
    ContentFixtures courses;
    @Inject
    Publishing publishing;

    private RawHttp http;
    private Map<String, String> plausible;

    /** Who sends: the cookies they carry and the CSRF token their pages were signed with. */
    private record Caller(String name, String cookies, String csrfToken) {
    }

    private Caller visitor;
    private Caller learner;

    @BeforeAll
    void aCourseALearnerAndAnOrganisation() {
        http = new RawHttp(server.getURI());
        Editor instructor = people.instructor();
        Course course = courses.course(instructor);
        LessonDraft lesson = courses.lesson(instructor, course, ContentFixtures.content("Fuzzed", "A lesson to poke at"));
        publishing.publish(instructor, course.slug(), null, "First version");

        Account account = people.account("fuzzed-learner");
        WebSession session = Accounts.signedIn(server.getURI(), account);
        session.get("/courses/" + course.slug());
        assertThat(session.post("/courses/" + course.slug() + "/enrol", Map.of()).statusCode()).isLessThan(400);
        session.get("/organisations");
        String members = session.post("/organisations", Map.of("name", "Fuzzed ApS")).headers().firstValue("Location").orElseThrow();
        String organisation = members.split("/")[2];
        session.get("/dashboard");
        learner = new Caller("learner", "session=" + session.cookie("session").orElseThrow() + "; csrf="
                + session.cookie("csrf").orElseThrow(), session.csrfToken());

        WebSession anonymous = new WebSession(server.getURI());
        anonymous.get("/signin");
        visitor = new Caller("visitor", "csrf=" + anonymous.cookie("csrf").orElseThrow(), anonymous.csrfToken());

        plausible = Map.of("slug", course.slug(), "id", organisation, "lessonId", String.valueOf(lesson.id()),
                "attemptId", "1", "from", "1.0", "to", "1.1", "index", "1", "purpose", "revocation", "document", "terms", "language", "en");
    }

    @Test
    void noRouteAnswersBadInputWithAServerErrorOrLogsWhatWasSent() {
        List<UriRouteInfo<?, ?>> routes = routes();
        assertThat(routes).as("routes the router knows").hasSizeGreaterThan(40);
        List<String> serverErrors = new ArrayList<>();
        Map<String, Long> timeByKind = new java.util.TreeMap<>();
        int sent = 0;
        long started = System.nanoTime();
        try (CapturedLog log = CapturedLog.open()) {
            for (Caller caller : List.of(visitor, learner)) {
                Random random = new Random(SEED);
                for (UriRouteInfo<?, ?> route : routes) {
                    for (Request request : requests(route, caller, random)) {
                        long before = System.nanoTime();
                        RawHttp.Answer answer = http.send(request.method(), request.target(), request.headers(), request.body());
                        timeByKind.merge(request.what().split(" ")[0], (System.nanoTime() - before) / 1_000_000, Long::sum);
                        sent++;
                        if (answer.status() >= 500) {
                            serverErrors.add(answer.status() + " " + caller.name() + " " + request);
                        }
                    }
                }
            }
            assertThat(serverErrors).as("5xx answers").isEmpty();
            List<String> leaked = log.events().stream().filter(text -> text.toLowerCase(Locale.ROOT).contains(MARK.toLowerCase(Locale.ROOT)))
                    .map(text -> text.substring(0, Math.min(text.length(), 300))).toList();
            assertThat(leaked).as("log lines holding a request body").isEmpty();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("RouteFuzzTest: %d routes, %d requests in %d ms: %s%n", routes.size(), sent, millis, timeByKind);
        assertThat(sent).as("requests sent in %d ms", millis).isGreaterThanOrEqualTo(routes.size() * 2 * 3);
    }

    /** Every route but HEAD and OPTIONS (answered as GET is, and by the framework); those that end the session last. */
    private List<UriRouteInfo<?, ?>> routes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .sorted(Comparator.comparing((UriRouteInfo<?, ?> route) -> ENDING_THE_SESSION.contains(template(route)))
                        .thenComparing(RouteFuzzTest::template).thenComparing(UriRouteInfo::getHttpMethodName))
                .toList();
    }

    private record Request(String method, String target, Map<String, String> headers, byte[] body, String what) {
        @Override
        public String toString() {
            String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
            return method + " " + shown + " (" + what + ")";
        }
    }

    private List<Request> requests(UriRouteInfo<?, ?> route, Caller caller, Random random) {
        String method = route.getHttpMethodName();
        String path = path(route, name -> plausible.getOrDefault(name, "01jfuzz0000000000000000000"));
        List<String> parameters = queryParameters(route);
        List<Request> requests = new ArrayList<>();
        Map<String, String> headers = headers(caller, "text/html");

        requests.add(new Request(method, path, headers, null, "plain"));
        List<Request> odd = new ArrayList<>();
        odd.add(new Request(method, path + "?" + query(parameters, p -> encode(pick(random, ODD_VALUES))), headers, null, "odd query values"));
        odd.add(new Request(method, path + "?" + query(parameters, p -> pick(random, ODD_ENCODINGS)), headers, null, "malformed query encoding"));
        String oddPath = pick(random, ODD_PATH_VALUES);
        if (VARIABLE.matcher(template(route)).find()) {
            odd.add(new Request(method, path(route, name -> oddPath), headers, null, "path variables " + abbreviated(oddPath)));
        }
        String accept = pick(random, ODD_ACCEPTS);
        odd.add(new Request(method, path, headers(caller, accept), null, "Accept " + accept));

        if (route.getHttpMethod() != HttpMethod.GET) {
            List<String> fields = formFields(route);
            String big = fields.get(random.nextInt(fields.size()));
            String type = pick(random, ODD_CONTENT_TYPES);
            odd.addAll(List.of(
                    form(method, path, caller, fields, name -> encode(MARK + pick(random, ODD_VALUES)), "odd field values"),
                    form(method, path, caller, fields, name -> MARK + pick(random, ODD_ENCODINGS), "malformed form encoding"),
                    form(method, path, caller, fields, name -> name.equals(big) ? MARK.repeat(900_000 / MARK.length()) : MARK,
                            "900kB in " + big),
                    form(method, path, caller, fields, name -> name.equals(big) ? MARK.repeat(1_100_000 / MARK.length()) : MARK,
                            "1.1MB in " + big),
                    form(method, path, caller, List.of("tasks.99999999999.text", "questions.-1.options.x.correct", "a..b",
                            ".", "%zz", "x".repeat(5000)), name -> MARK, "odd field names"),
                    raw(method, path, caller, "application/json", "{\"" + fields.get(0) + "\":[\"" + MARK + "\",{}],\"x\":1e99999}",
                            "JSON instead of a form"),
                    raw(method, path, caller, "application/json", "{\"" + MARK + "\":", "broken JSON"),
                    raw(method, path, caller, type, "--zz\r\nContent-Disposition: form-data; name=\"" + fields.get(0) + "\"\r\n\r\n"
                            + MARK + "\r\n--zz", "Content-Type " + type),
                    raw(method, path, caller, null, fields.get(0) + "=" + MARK, "no Content-Type")));
        }
        // a few of the odd requests per route and caller, drawn from the seed: over all routes, every kind is sent
        java.util.Collections.shuffle(odd, random);
        requests.addAll(odd.subList(0, Math.min(odd.size(), route.getHttpMethod() == HttpMethod.GET ? 2 : 4)));
        return requests;
    }

    private Request form(String method, String path, Caller caller, List<String> fields,
                         java.util.function.Function<String, String> value, String what) {
        String body = fields.stream().map(name -> encode(name) + "=" + value.apply(name)).collect(Collectors.joining("&"))
                + "&csrfToken=" + caller.csrfToken();
        return raw(method, path, caller, "application/x-www-form-urlencoded", body, what);
    }

    private Request raw(String method, String path, Caller caller, String contentType, String body, String what) {
        Map<String, String> headers = headers(caller, "text/html");
        // past the CSRF check, so the routes' binders and actions get to see the body
        headers.put("X-CSRF-Token", caller.csrfToken());
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Request(method, path, headers, body.getBytes(StandardCharsets.UTF_8), what);
    }

    private static Map<String, String> headers(Caller caller, String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", caller.cookies());
        if (!accept.isEmpty()) {
            headers.put("Accept", accept);
        }
        return headers;
    }

    /** The names the route's form record (or other body type) binds, and a few it does not. */
    private static List<String> formFields(UriRouteInfo<?, ?> route) {
        Set<String> names = new LinkedHashSet<>();
        route.getBodyArgument().map(Argument::getType).filter(Class::isRecord)
                .ifPresent(type -> Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName())));
        names.addAll(List.of("email", "password", "name", "confirm", "draftVersion"));
        return List.copyOf(names);
    }

    /** The query values the route binds by name, and the catalogue's, which it reads from the request. */
    private static List<String> queryParameters(UriRouteInfo<?, ?> route) {
        Set<String> names = new LinkedHashSet<>(COMMON_PARAMETERS);
        if (route instanceof MethodBasedRouteInfo<?, ?> method) {
            for (Argument<?> argument : method.getTargetMethod().getArguments()) {
                if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                    names.add(argument.getAnnotationMetadata().stringValue(QueryValue.class).filter(n -> !n.isEmpty())
                            .orElse(argument.getName()));
                }
            }
        }
        return List.copyOf(names);
    }

    private static String path(UriRouteInfo<?, ?> route, java.util.function.Function<String, String> value) {
        Matcher variables = VARIABLE.matcher(template(route));
        return variables.replaceAll(variable -> Matcher.quoteReplacement(value.apply(variable.group(1))));
    }

    private static String query(List<String> names, java.util.function.Function<String, String> value) {
        return names.stream().map(name -> name + "=" + value.apply(name)).collect(Collectors.joining("&"));
    }

    private static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviated(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
    }
}
