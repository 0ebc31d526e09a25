package app.skillcurrent.web.organisation;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races over real HTTP: two admins inviting for the last seat, a double-clicked accept, a double-clicked
 * assignment. Each must leave exactly one record.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentOrganisationTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    DataSource dataSource;

    private Employers employers;
    private String course;

    @BeforeAll
    void setUp() {
        employers = new Employers(server.getURI());
        course = fixtures
                .course("Reels for teams", null, 90).slug();
    }

    @Test
    void twoAdminsInvitingForTheLastSeatGetOneSeatBetweenThem() throws Exception {
        for (int round = 0; round < 5; round++) {
            Employers.Person first = employers.person("First Admin");
            String id = employers.organisation(first, "Race " + round);
            Employers.Person second = employers.member(first, id, "Second Admin");
            first.session().get("/organisations/" + id + "/members");
            String secondId = Employers.memberId(first, id, second.email());
            assertThat(first.session().post("/organisations/" + id + "/members/" + secondId + "/role", Map.of("role", "ADMIN")).statusCode())
                    .isEqualTo(303);
            // two members now; three seats leave exactly one free
            assertThat(first.session().post("/organisations/" + id + "/settings",
                    Map.of("name", "Race " + round, "seats", "3", "budgetHours", "", "budgetPeriod", "WEEK")).statusCode()).isEqualTo(303);
            second.session().get("/organisations/" + id + "/members");
            first.session().get("/organisations/" + id + "/members");

            List<Integer> statuses = race(List.of(
                    () -> first.session().post("/organisations/" + id + "/invitations", Map.of("email", "one-" + id + "@example.com")).statusCode(),
                    () -> second.session().post("/organisations/" + id + "/invitations", Map.of("email", "two-" + id + "@example.com")).statusCode()));
            assertThat(statuses).as("one invitation; the other is told the seats are taken").containsExactlyInAnyOrder(201, 422);
            assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM invitations i JOIN organisations o ON o.id = i.organisation_id "
                    + "WHERE o.public_id = ? AND i.accepted_at IS NULL", id)).isEqualTo(1);
        }
    }

    @Test
    void aDoubleClickedCreateMakesOneOrganisation() throws Exception {
        Employers.Person creator = employers.person("Hasty Creator");
        creator.session().get("/organisations");
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clicks.add(() -> creator.session().post("/organisations", Map.of("name", "Hasty Media")).statusCode());
        }
        List<Integer> statuses = race(clicks);
        assertThat(statuses).as("one created, nine told the name is taken")
                .containsOnly(303, 422).filteredOn(status -> status == 303).hasSize(1);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM organisations WHERE name = ?", "Hasty Media")).isEqualTo(1);
    }

    @Test
    void aDoubleClickedAcceptJoinsOnce() throws Exception {
        Employers.Person admin = employers.person("Click Admin");
        String id = employers.organisation(admin, "Double Click ApS");
        Employers.Person invitee = employers.person("Click Invitee");
        String token = Employers.invite(admin, id, invitee.email());
        invitee.session().get("/invitations/" + token);
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clicks.add(() -> invitee.session().post("/invitations/" + token + "/accept", Map.of()).statusCode());
        }
        List<Integer> statuses = race(clicks);
        assertThat(statuses).as("one joins, nine find the link used")
                .containsOnly(303, 410).filteredOn(status -> status == 303).hasSize(1);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id "
                + "WHERE o.public_id = ?", id)).isEqualTo(2);
    }

    @Test
    void aDoubleClickedAssignmentIsStoredOnce() throws Exception {
        Employers.Person admin = employers.person("Assign Admin");
        String id = employers.organisation(admin, "Assign Twice ApS");
        admin.session().get("/organisations/" + id + "/teams");
        assertThat(admin.session().post("/organisations/" + id + "/teams", Map.of("name", "Everyone")).statusCode()).isEqualTo(303);
        List<String> teams = Employers.page(admin.session().get("/organisations/" + id + "/assignments"))
                .select("select#whom optgroup[label=Teams] option").eachAttr("value");
        assertThat(teams).hasSize(1);
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clicks.add(() -> admin.session().post("/organisations/" + id + "/assignments",
                    Map.of("what", "course:" + course, "whom", teams.get(0), "dueOn", "")).statusCode());
        }
        List<Integer> statuses = race(clicks);
        assertThat(statuses).as("statuses").filteredOn(status -> status == 303).hasSize(1);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM assignments a JOIN organisations o ON o.id = a.organisation_id "
                + "WHERE o.public_id = ?", id)).isEqualTo(1);
    }

    private static <T> List<T> race(List<Callable<T>> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> racer : racers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return racer.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
