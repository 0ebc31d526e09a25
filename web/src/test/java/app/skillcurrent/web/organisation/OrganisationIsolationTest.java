package app.skillcurrent.web.organisation;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every organisation route the router knows (so a new one is included without being listed here), tried by
 * people who must not use it: the admin of another organisation (404, not even the name leaks), a plain
 * member (403), nobody signed in (sent to sign in; API clients get 401); and another organisation's member,
 * team, invitation and assignment ids inside one's own organisation's routes (404). Nothing changes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationIsolationTest implements DatabaseTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    /** The routes this test was written with: the router must still offer each of them. */
    private static final List<String> KNOWN = List.of(
            "GET /organisations/{id}", "GET /organisations/{id}/members", "GET /organisations/{id}/teams",
            "GET /organisations/{id}/assignments", "GET /organisations/{id}/report.csv",
            "GET /organisations/{id}/members/{member}/remove", "GET /api/v1/organisations/{id}/report",
            "POST /organisations/{id}/settings", "POST /organisations/{id}/invitations",
            "POST /organisations/{id}/invitations/{invitation}/resend", "POST /organisations/{id}/invitations/{invitation}/revoke",
            "POST /organisations/{id}/members/{member}/role", "POST /organisations/{id}/members/{member}/budget",
            "POST /organisations/{id}/members/{member}/remove", "POST /organisations/{id}/teams",
            "POST /organisations/{id}/teams/{team}/members", "POST /organisations/{id}/teams/{team}/members/{member}/remove",
            "POST /organisations/{id}/teams/{team}/delete", "POST /organisations/{id}/assignments",
            "POST /organisations/{id}/assignments/{assignment}/delete");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    CoreFixtures fixtures;

    private Employers.Person adminA;
    private String orgA;
    private Employers.Person memberB;
    private Employers.Person adminB;
    private String orgB;
    private Map<String, String> idsOfB;
    private String memberBId;
    private String course;

    @BeforeAll
    void twoOrganisations() {
        Employers employers = new Employers(server.getURI());
        course = fixtures.course("Shorts for teams", null, 90).slug();
        adminA = employers.person("Alma Admin");
        orgA = employers.organisation(adminA, "Alpha Agency");
        adminB = employers.person("Bent Admin");
        orgB = employers.organisation(adminB, "Secret Beta Studio");
        memberB = employers.member(adminB, orgB, "Berit Member");
        memberBId = Employers.memberId(adminB, orgB, memberB.email());
        Employers.invite(adminB, orgB, "pending-beta@example.com");
        String invitationB = Employers.openInvitationId(adminB, orgB, "pending-beta@example.com");
        adminB.session().get("/organisations/" + orgB + "/teams");
        assertThat(adminB.session().post("/organisations/" + orgB + "/teams", Map.of("name", "Beta team")).statusCode()).isEqualTo(303);
        String teamB = Employers.segmentAfter(Employers.page(adminB.session().get("/organisations/" + orgB + "/teams"))
                .selectFirst("form[action$=/delete]").attr("action"), "teams");
        assertThat(adminB.session().post("/organisations/" + orgB + "/teams/" + teamB + "/members", Map.of("member", memberBId))
                .statusCode()).isEqualTo(303);
        adminB.session().get("/organisations/" + orgB + "/assignments");
        assertThat(adminB.session().post("/organisations/" + orgB + "/assignments",
                Map.of("what", "course:" + course, "whom", "team:" + teamB, "dueOn", "")).statusCode()).isEqualTo(303);
        String assignmentB = Employers.segmentAfter(Employers.page(adminB.session().get("/organisations/" + orgB + "/assignments"))
                .selectFirst("form[action$=/delete]").attr("action"), "assignments");
        idsOfB = Map.of("member", memberBId, "team", teamB, "invitation", invitationB, "assignment", assignmentB);
    }

    /** Routes under an organisation's id, as the router has them; HEAD is left out, it answers as GET does. */
    private List<UriRouteInfo<?, ?>> organisationRoutes() {
        return router.uriRoutes()
                .filter(route -> template(route).startsWith("/organisations/{id}") || template(route).startsWith("/api/v1/organisations/{id}"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .toList();
    }

    /** What each form sends when used properly; forms that are only a button send nothing but their token. */
    private Map<String, Map<String, String>> forms() {
        return Map.of(
                "/organisations/{id}/settings", Map.of("name", "Taken over", "seats", "99", "budgetHours", "1", "budgetPeriod", "WEEK"),
                "/organisations/{id}/invitations", Map.of("email", "intruder@example.com"),
                "/organisations/{id}/members/{member}/role", Map.of("role", "ADMIN"),
                "/organisations/{id}/members/{member}/budget", Map.of("budgetHours", "40", "budgetPeriod", "WEEK"),
                "/organisations/{id}/members/{member}/remove", Map.of("confirm", "yes"),
                "/organisations/{id}/teams", Map.of("name", "Intruders"),
                "/organisations/{id}/teams/{team}/members", Map.of("member", memberBId),
                "/organisations/{id}/teams/{team}/delete", Map.of("confirm", "yes"),
                "/organisations/{id}/assignments", Map.of("what", "course:" + course, "whom", "member:" + memberBId, "dueOn", ""));
    }

    @Test
    void theRouterOffersEveryRouteThisTestKnowsAndEveryFormItFills() {
        List<String> offered = organisationRoutes().stream().map(route -> route.getHttpMethodName() + " " + template(route)).toList();
        assertThat(offered).containsAll(KNOWN);
        assertThat(offered).containsAll(forms().keySet().stream().map(path -> "POST " + path).toList());
    }

    @Test
    void anotherOrganisationsAdminFindsNothing() {
        String before = snapshot();
        WebSession session = adminA.session();
        session.get("/organisations");
        for (UriRouteInfo<?, ?> route : organisationRoutes()) {
            HttpResponse<String> response = send(session, route, orgB);
            assertThat(response.statusCode()).as(describe(route)).isEqualTo(404);
            assertThat(response.body()).as(describe(route) + " leaks").doesNotContain("Secret Beta Studio", memberB.email());
        }
        assertThat(snapshot()).as("nothing in the other organisation changed").isEqualTo(before);
    }

    @Test
    void anotherOrganisationsIdsInsideOnesOwnOrganisationAreNotFound() {
        String before = snapshot();
        WebSession session = adminA.session();
        session.get("/organisations/" + orgA + "/members");
        List<UriRouteInfo<?, ?>> namingSomethingOfB = organisationRoutes().stream()
                .filter(route -> VARIABLE.matcher(template(route)).results().count() > 1)
                .toList();
        assertThat(namingSomethingOfB).isNotEmpty();
        for (UriRouteInfo<?, ?> route : namingSomethingOfB) {
            assertThat(send(session, route, orgA).statusCode()).as(describe(route)).isEqualTo(404);
        }
        session.get("/organisations/" + orgA + "/assignments");
        HttpResponse<String> assignOutsider = session.post("/organisations/" + orgA + "/assignments",
                Map.of("what", "course:" + course, "whom", "member:" + memberBId, "dueOn", ""));
        assertThat(assignOutsider.statusCode()).isEqualTo(422);
        assertThat(Employers.page(assignOutsider).select(".error-summary a[href=#whom]"))
                .extracting(Element::text).containsExactly("To: That member or team is not part of this organisation.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aPlainMemberMayNotUseTheAdminRoutes() {
        String before = snapshot();
        WebSession session = memberB.session();
        session.get("/dashboard");
        for (UriRouteInfo<?, ?> route : organisationRoutes()) {
            assertThat(send(session, route, orgB).statusCode()).as(describe(route)).isEqualTo(403);
        }
        assertThat(snapshot()).isEqualTo(before);
        Element card = Employers.page(session.get("/organisations")).select("li.card").stream()
                .filter(c -> c.select("h3").text().equals("Secret Beta Studio")).findFirst()
                .orElseThrow(() -> new AssertionError("a member sees they belong"));
        assertThat(card.select("h3 a")).as("but gets no link into the admin pages").isEmpty();
        assertThat(card.select("p.meta").text()).isEqualTo("Member");
    }

    @Test
    void nobodySignedInIsSentToSignInAndApiClientsGet401() {
        WebSession anonymous = new WebSession(server.getURI());
        for (UriRouteInfo<?, ?> route : organisationRoutes()) {
            HttpResponse<String> response = send(anonymous, route, orgB);
            if (template(route).startsWith("/api/")) {
                assertThat(response.statusCode()).as(describe(route)).isEqualTo(401);
            } else {
                assertThat(response.statusCode()).as(describe(route)).isIn(302, 303);
                assertThat(response.headers().firstValue("Location")).as(describe(route)).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/signin"));
            }
        }
    }

    /** Calls the route for the organisation, with B's ids for its other path variables, as a browser or an API client would. */
    private HttpResponse<String> send(WebSession session, UriRouteInfo<?, ?> route, String organisation) {
        Matcher variables = VARIABLE.matcher(template(route));
        String path = variables.replaceAll(variable -> {
            String name = variable.group(1);
            String id = name.equals("id") ? organisation : idsOfB.get(name);
            assertThat(id).as("an id for {" + name + "} in " + describe(route)).isNotNull();
            return id;
        });
        if (route.getHttpMethod() == HttpMethod.GET) {
            return session.get(path, accept(route));
        }
        assertThat(route.getHttpMethodName()).as(describe(route)).isEqualTo(HttpMethod.POST.name());
        return session.post(path, forms().getOrDefault(template(route), Map.of()));
    }

    /** What a client of this route sends: an API client JSON, a page HTML, and a download link anything. */
    private static String accept(UriRouteInfo<?, ?> route) {
        if (route.getProduces().contains(MediaType.APPLICATION_JSON_TYPE)) {
            return MediaType.APPLICATION_JSON;
        }
        return route.getProduces().contains(MediaType.TEXT_HTML_TYPE) ? MediaType.TEXT_HTML : "text/html,*/*;q=0.8";
    }

    private static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString();
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + template(route);
    }

    /** What admin B sees of their organisation, to prove that nothing changed. */
    private String snapshot() {
        return main("/members") + main("/teams") + main("/assignments");
    }

    private String main(String page) {
        Element main = Employers.page(adminB.session().get("/organisations/" + orgB + page)).selectFirst("main");
        // the CSRF token differs per page load and is not state
        main.select("input[name=csrfToken]").remove();
        return main.outerHtml();
    }
}
