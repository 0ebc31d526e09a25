package app.skillcurrent.web.organisation;

import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.certificate.CertificateFixtures;
import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every organisation route, tried by people who must not use it: the admin of another organisation (404,
 * not even the name leaks), a plain member (403), nobody signed in; and another organisation's member,
 * team, invitation and assignment ids inside one's own organisation's routes (404). Nothing changes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationIsolationTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CertificateFixtures certificateFixtures;
    @Inject
    Progress progress;

    private Employers.Person adminA;
    private String orgA;
    private Employers.Person memberB;
    private Employers.Person adminB;
    private String orgB;
    private String memberBId;
    private String teamB;
    private String invitationB;
    private String assignmentB;
    private String course;

    @BeforeAll
    void twoOrganisations() {
        Employers employers = new Employers(server.getURI());
        course = certificateFixtures
                .course("Shorts for teams", null, 90).slug();
        adminA = employers.person("Alma Admin");
        orgA = employers.organisation(adminA, "Alpha Agency");
        adminB = employers.person("Bent Admin");
        orgB = employers.organisation(adminB, "Secret Beta Studio");
        memberB = employers.member(adminB, orgB, "Berit Member");
        memberBId = Employers.memberId(adminB, orgB, memberB.email());
        Employers.invite(adminB, orgB, "pending-beta@example.com");
        invitationB = Employers.openInvitationId(adminB, orgB, "pending-beta@example.com");
        adminB.session().get("/organisations/" + orgB + "/teams");
        assertEquals(303, adminB.session().post("/organisations/" + orgB + "/teams", Map.of("name", "Beta team")).statusCode());
        teamB = find(adminB.session().get("/organisations/" + orgB + "/teams").body(), "/teams/([0-9a-z]{26})/delete");
        assertEquals(303, adminB.session().post("/organisations/" + orgB + "/teams/" + teamB + "/members", Map.of("member", memberBId)).statusCode());
        adminB.session().get("/organisations/" + orgB + "/assignments");
        assertEquals(303, adminB.session().post("/organisations/" + orgB + "/assignments",
                Map.of("what", "course:" + course, "whom", "team:" + teamB, "dueOn", "")).statusCode());
        assignmentB = find(adminB.session().get("/organisations/" + orgB + "/assignments").body(), "/assignments/([0-9a-z]{26})/delete");
    }

    private List<String> getRoutes(String org) {
        return List.of("/organisations/" + org, "/organisations/" + org + "/members", "/organisations/" + org + "/teams",
                "/organisations/" + org + "/assignments", "/organisations/" + org + "/report.csv",
                "/organisations/" + org + "/members/" + memberBId + "/remove");
    }

    private List<Map.Entry<String, Map<String, String>>> postRoutes(String org) {
        String base = "/organisations/" + org;
        List<Map.Entry<String, Map<String, String>>> routes = new ArrayList<>();
        routes.add(Map.entry(base + "/settings", Map.of("name", "Taken over", "seats", "99", "budgetHours", "1", "budgetPeriod", "WEEK")));
        routes.add(Map.entry(base + "/invitations", Map.of("email", "intruder@example.com")));
        routes.add(Map.entry(base + "/invitations/" + invitationB + "/resend", Map.of()));
        routes.add(Map.entry(base + "/invitations/" + invitationB + "/revoke", Map.of()));
        routes.add(Map.entry(base + "/members/" + memberBId + "/role", Map.of("role", "ADMIN")));
        routes.add(Map.entry(base + "/members/" + memberBId + "/budget", Map.of("budgetHours", "40", "budgetPeriod", "WEEK")));
        routes.add(Map.entry(base + "/members/" + memberBId + "/remove", Map.of("confirm", "yes")));
        routes.add(Map.entry(base + "/teams", Map.of("name", "Intruders")));
        routes.add(Map.entry(base + "/teams/" + teamB + "/members", Map.of("member", memberBId)));
        routes.add(Map.entry(base + "/teams/" + teamB + "/members/" + memberBId + "/remove", Map.of()));
        routes.add(Map.entry(base + "/teams/" + teamB + "/delete", Map.of("confirm", "yes")));
        routes.add(Map.entry(base + "/assignments", Map.of("what", "course:" + course, "whom", "member:" + memberBId, "dueOn", "")));
        routes.add(Map.entry(base + "/assignments/" + assignmentB + "/delete", Map.of()));
        return routes;
    }

    @Test
    void anotherOrganisationsAdminFindsNothing() {
        String before = snapshot();
        WebSession session = adminA.session();
        session.get("/organisations");
        for (String path : getRoutes(orgB)) {
            HttpResponse<String> response = session.get(path, accept(path));
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("Secret Beta Studio") || response.body().contains(memberB.email()), path + " leaks");
        }
        assertEquals(404, session.get("/api/v1/organisations/" + orgB + "/report", "application/json").statusCode());
        for (var route : postRoutes(orgB)) {
            assertEquals(404, session.post(route.getKey(), route.getValue()).statusCode(), route.getKey());
        }
        assertEquals(before, snapshot(), "nothing in the other organisation changed");
    }

    @Test
    void anotherOrganisationsIdsInsideOnesOwnOrganisationAreNotFound() {
        String before = snapshot();
        WebSession session = adminA.session();
        assertEquals(404, session.get("/organisations/" + orgA + "/members/" + memberBId + "/remove").statusCode());
        for (var route : postRoutes(orgA)) {
            String path = route.getKey();
            boolean namesSomethingOfB = path.contains(memberBId) || path.contains(teamB) || path.contains(invitationB) || path.contains(assignmentB);
            if (namesSomethingOfB) {
                assertEquals(404, session.post(path, route.getValue()).statusCode(), path);
            }
        }
        session.get("/organisations/" + orgA + "/assignments");
        HttpResponse<String> assignOutsider = session.post("/organisations/" + orgA + "/assignments",
                Map.of("what", "course:" + course, "whom", "member:" + memberBId, "dueOn", ""));
        assertEquals(422, assignOutsider.statusCode());
        assertTrue(assignOutsider.body().contains("not part of this organisation"));
        assertEquals(before, snapshot());
    }

    @Test
    void aPlainMemberMayNotUseTheAdminRoutes() {
        String before = snapshot();
        WebSession session = memberB.session();
        session.get("/dashboard");
        for (String path : getRoutes(orgB)) {
            assertEquals(403, session.get(path, accept(path)).statusCode(), path);
        }
        assertEquals(403, session.get("/api/v1/organisations/" + orgB + "/report", "application/json").statusCode());
        for (var route : postRoutes(orgB)) {
            assertEquals(403, session.post(route.getKey(), route.getValue()).statusCode(), route.getKey());
        }
        assertEquals(before, snapshot());
        assertTrue(session.get("/organisations").body().contains("Secret Beta Studio"), "a member sees they belong");
    }

    @Test
    void nobodySignedInIsSentToSignInAndApiClientsGet401() {
        WebSession anonymous = new WebSession(server.getURI());
        for (String path : getRoutes(orgB)) {
            HttpResponse<String> response = anonymous.get(path, accept(path));
            assertTrue(response.statusCode() == 303 || response.statusCode() == 302, path + " " + response.statusCode());
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/signin"), path);
        }
        assertEquals(401, anonymous.get("/api/v1/organisations/" + orgB + "/report", "application/json").statusCode());
    }

    /** What a browser sends: a download link accepts anything. */
    private static String accept(String path) {
        return path.endsWith(".csv") ? "text/html,*/*;q=0.8" : "text/html";
    }

    /** What admin B sees of their organisation, to prove that nothing changed. */
    private String snapshot() {
        String members = adminB.session().get("/organisations/" + orgB + "/members").body();
        String teams = adminB.session().get("/organisations/" + orgB + "/teams").body();
        String assignments = adminB.session().get("/organisations/" + orgB + "/assignments").body();
        return main(members) + main(teams) + main(assignments);
    }

    private static String main(String page) {
        int start = page.indexOf("<main");
        int end = page.indexOf("</main>");
        // the CSRF token differs per page load and is not state
        return page.substring(start, end).replaceAll("name=\"csrfToken\" value=\"[^\"]*\"", "");
    }

    private static String find(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertTrue(m.find(), regex);
        return m.group(1);
    }
}
