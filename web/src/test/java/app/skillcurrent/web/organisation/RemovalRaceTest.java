package app.skillcurrent.web.organisation;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin gives someone a team place or work at the very moment another admin removes that person (or deletes
 * the team). The removal is held uncommitted while the other request runs over HTTP, which is the window in
 * which a check-then-insert would slip through: the request must wait for the removal and then be refused,
 * leaving nothing behind for someone who no longer belongs.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemovalRaceTest implements DatabaseTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String NOT_PART = "That member or team is not part of this organisation.";

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Members members;
    @Inject
    Teams teams;
    @Inject
    OrganisationService organisations;
    @Inject
    AccountService accounts;
    @Inject
    CoreFixtures fixtures;

    private Employers employers;
    private String course;

    @BeforeAll
    void setUp() {
        employers = new Employers(server.getURI());
        course = fixtures.course("Stories for teams", null, 60).slug();
    }

    private record Scene(Employers.Person admin, Organisation organisation, String memberId, String memberEmail,
                         String teamId) {
        String path(String rest) {
            return "/organisations/" + organisation.publicId() + rest;
        }
    }

    @Test
    void noTeamPlaceForSomeoneBeingRemoved() throws Exception {
        Scene scene = scene("Team place race");
        HttpResponse<String> added = duringUncommitted(
                () -> members.remove(scene.organisation(), scene.memberId()),
                () -> scene.admin().session().post(scene.path("/teams/" + scene.teamId() + "/members"),
                        Map.of("member", scene.memberId())));
        assertThat(added.statusCode()).as("the member is gone by the time the place is given").isEqualTo(404);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE u.email = ?",
                scene.memberEmail())).isZero();
    }

    @Test
    void noAssignmentForSomeoneBeingRemoved() throws Exception {
        Scene scene = scene("Assignment race");
        HttpResponse<String> assigned = duringUncommitted(
                () -> members.remove(scene.organisation(), scene.memberId()),
                () -> scene.admin().session().post(scene.path("/assignments"),
                        Map.of("what", "course:" + course, "whom", "member:" + scene.memberId(), "dueOn", "")));
        assertThat(assigned.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(assigned, "whom")).as("the form says the member is not part of the organisation")
                .isEqualTo(NOT_PART);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM assignments a JOIN users u ON u.id = a.user_id WHERE u.email = ?",
                scene.memberEmail())).isZero();
    }

    @Test
    void noAssignmentForATeamBeingDeleted() throws Exception {
        Scene scene = scene("Team deletion race");
        HttpResponse<String> assigned = duringUncommitted(
                () -> teams.delete(scene.organisation(), scene.teamId()),
                () -> scene.admin().session().post(scene.path("/assignments"),
                        Map.of("what", "course:" + course, "whom", "team:" + scene.teamId(), "dueOn", "")));
        assertThat(assigned.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(assigned, "whom")).as("the form says the team is gone, not that the work was already assigned")
                .isEqualTo(NOT_PART);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM assignments a JOIN organisations o ON o.id = a.organisation_id "
                + "WHERE o.public_id = ?", scene.organisation().publicId())).isZero();
    }

    /** An organisation with an admin, one member and one team, every page the admin posts to already visited. */
    private Scene scene(String name) {
        Employers.Person admin = employers.person(name + " Admin");
        String id = employers.organisation(admin, name);
        Employers.Person member = employers.member(admin, id, name + " Member");
        String memberId = Employers.memberId(admin, id, member.email());
        admin.session().get("/organisations/" + id + "/teams");
        assertThat(admin.session().post("/organisations/" + id + "/teams", Map.of("name", "Everyone")).statusCode()).isEqualTo(303);
        List<String> teams = Employers.page(admin.session().get("/organisations/" + id + "/assignments"))
                .select("select#whom optgroup[label=Teams] option").eachAttr("value");
        assertThat(teams).as("the new team can be assigned work").singleElement().asString().startsWith("team:");
        long adminAccount = accounts.findByEmail(admin.email()).orElseThrow().id();
        return new Scene(admin, organisations.administered(id, adminAccount), memberId, member.email(),
                teams.get(0).substring("team:".length()));
    }

    /**
     * Makes the change in a transaction and, before it commits, sends the other request; commits once that
     * request has either finished or is waiting for a lock, then returns its response.
     */
    private <T> T duringUncommitted(Runnable change, Callable<T> request) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<T> response = transactions.executeWrite(status -> {
                change.run();
                Future<T> sent = other.submit(request);
                awaitFinishedOrWaitingForLock(sent);
                return sent;
            });
            return response.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    private void awaitFinishedOrWaitingForLock(Future<?> request) {
        await("the request finishing or waiting for a lock").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> request.isDone() || statementsWaiting() > 0);
    }

    /**
     * Statements of other connections that have been running for a while. On these few rows nothing takes that
     * long unless it waits for a lock; MariaDB shows such a wait as a running statement (a primary-key read
     * FOR UPDATE waits in its "Statistics" stage, before its transaction is listed as waiting).
     */
    private long statementsWaiting() {
        return Sql.single(dataSource, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND = ? "
                + "AND ID <> CONNECTION_ID() AND TIME_MS > 200", "Query");
    }
}
