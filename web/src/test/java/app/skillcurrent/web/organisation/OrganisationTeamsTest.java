package app.skillcurrent.web.organisation;

import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.groups.Tuple;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The teams and members pages as an admin reads them: who is in which team and who could join it, roles,
 * and the refusals each form explains next to its field.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationTeamsTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    private Employers employers;

    @BeforeAll
    void setUp() {
        employers = new Employers(server.getURI());
    }

    @Test
    void teamsListTheirMembersAndWhoCouldJoinAndDeletingOneTakesATickedBox() {
        Employers.Person admin = employers.person("Tove Teams");
        String org = employers.organisation(admin, "Team Towers");
        Employers.Person editor = employers.member(admin, org, "Ulf Editor");
        employers.member(admin, org, "Vibe Voice");
        String teams = "/organisations/" + org + "/teams";
        Document empty = Employers.page(admin.session().get(teams));
        assertThat(empty.select("nav.sub-nav a[aria-current=page]")).extracting(Element::text).containsExactly("Teams");
        assertThat(empty.select(".empty-state").text()).isEqualTo("No teams yet.");

        HttpResponse<String> blank = admin.session().post(teams, Map.of("name", " "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(blank, "name")).isEqualTo("Enter a name for the team.");
        HttpResponse<String> tooLong = admin.session().post(teams, Map.of("name", "x".repeat(101)));
        assertThat(InvitationsTest.fieldError(tooLong, "name")).isEqualTo("Use at most 100 characters for the team name.");
        assertThat(admin.session().post(teams, Map.of("name", "Editing")).statusCode()).isEqualTo(303);
        assertThat(admin.session().post(teams, Map.of("name", "Sound")).statusCode()).isEqualTo(303);
        HttpResponse<String> taken = admin.session().post(teams, Map.of("name", " Editing "));
        assertThat(InvitationsTest.fieldError(taken, "name")).isEqualTo("There is already a team with this name.");
        assertThat(Employers.page(taken).select("input#name").attr("value")).isEqualTo("Editing");

        String editing = teamId(admin, org, "Editing");
        assertThat(admin.session().post(teams + "/" + editing + "/members",
                Map.of("member", Employers.memberId(admin, org, editor.email()))).statusCode()).isEqualTo(303);
        Element panel = panel(Employers.page(admin.session().get(teams)), "Editing");
        assertThat(panel.select("ul li")).extracting(li -> li.ownText().strip()).containsExactly("Ulf Editor");
        assertThat(panel.select("select[name=member] option")).extracting(Element::text)
                .as("everyone not in the team yet").containsExactlyInAnyOrder("Tove Teams", "Vibe Voice");
        assertThat(panel.select("label[for^=add-]").text()).isEqualTo("Add a member");
        assertThat(admin.session().post(teams + "/" + editing + "/members", Map.of()).statusCode())
                .as("no member chosen is no member of this organisation").isEqualTo(404);

        HttpResponse<String> unconfirmed = admin.session().post(teams + "/" + editing + "/delete", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(unconfirmed, "confirm")).isEqualTo("Tick the box to confirm deleting the team.");
        Document refused = Employers.page(unconfirmed);
        assertThat(panel(refused, "Editing").select("input#confirm")).as("the error is on this team's box").hasSize(1);
        assertThat(panel(refused, "Sound").select(".field-error")).isEmpty();
        assertThat(admin.session().post(teams + "/" + editing + "/delete", Map.of("confirm", "yes")).statusCode()).isEqualTo(303);
        Document after = Employers.page(admin.session().get(teams));
        assertThat(after.select(".flash").text()).isEqualTo("Team deleted.");
        assertThat(after.select("section.panel h2")).extracting(Element::text).containsExactly("Sound");
    }

    @Test
    void theMembersPageShowsRolesAndRefusesARoleThatDoesNotExist() {
        Employers.Person admin = employers.person("Wenche Roles");
        String org = employers.organisation(admin, "Role Rovers");
        Employers.Person helper = employers.member(admin, org, "Xena Helper");
        String members = "/organisations/" + org + "/members";
        Document page = Employers.page(admin.session().get(members));
        assertThat(page.select("nav.sub-nav a")).extracting(Element::text)
                .containsExactly("Overview", "Members", "Teams", "Assignments");
        assertThat(page.select("nav.sub-nav a[aria-current=page]")).extracting(Element::text).containsExactly("Members");
        assertThat(page.select("section[aria-labelledby=members-heading] tbody tr"))
                .extracting(OrganisationTeamsTest::nameAndRole)
                .containsExactlyInAnyOrder(tuple("Wenche Roles", "Admin"), tuple("Xena Helper", "Member"));
        assertThat(page.select("#name").attr("value")).isEqualTo("Role Rovers");
        assertThat(page.select("#seats").attr("value")).isEqualTo("10");
        assertThat(page.select("#budgetPeriod option[selected]")).extracting(Element::text).containsExactly("per week");

        String helperId = Employers.memberId(admin, org, helper.email());
        HttpResponse<String> forged = admin.session().post(members + "/" + helperId + "/role", Map.of("role", "OWNER"));
        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(Employers.page(forged).select(".error-summary li")).extracting(Element::text).containsExactly("Role: Choose admin or member.");
        assertThat(admin.session().post(members + "/" + helperId + "/role", Map.of("role", "ADMIN")).statusCode()).isEqualTo(303);
        Document promoted = Employers.page(admin.session().get(members));
        assertThat(promoted.select(".flash").text()).isEqualTo("Saved.");
        assertThat(promoted.select("section[aria-labelledby=members-heading] tbody tr")).extracting(OrganisationTeamsTest::nameAndRole)
                .containsExactlyInAnyOrder(tuple("Wenche Roles", "Admin"), tuple("Xena Helper", "Admin"));
    }

    /** A member's name and role as their row on the members page shows them. */
    private static Tuple nameAndRole(Element row) {
        return tuple(row.selectFirst("th").ownText().strip(), row.select("td").first().ownText().strip());
    }

    private static String teamId(Employers.Person admin, String org, String name) {
        Element panel = panel(Employers.page(admin.session().get("/organisations/" + org + "/teams")), name);
        return Employers.segmentAfter(panel.selectFirst("form[action$=/delete]").attr("action"), "teams");
    }

    private static Element panel(Document teams, String name) {
        return teams.select("section.panel").stream().filter(p -> p.selectFirst("h2").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the team " + name + " is listed"));
    }
}
