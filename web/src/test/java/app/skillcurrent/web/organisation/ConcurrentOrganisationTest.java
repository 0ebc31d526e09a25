package app.skillcurrent.web.organisation;

import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.certificate.CertificateFixtures;
import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.Sql;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    CertificateFixtures certificateFixtures;
    @Inject
    DataSource dataSource;
    @Inject
    Progress progress;

    private Employers employers;
    private String course;

    @BeforeAll
    void setUp() {
        employers = new Employers(server.getURI());
        course = certificateFixtures
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
            assertEquals(303, first.session().post("/organisations/" + id + "/members/" + secondId + "/role", Map.of("role", "ADMIN")).statusCode());
            // two members now; three seats leave exactly one free
            assertEquals(303, first.session().post("/organisations/" + id + "/settings",
                    Map.of("name", "Race " + round, "seats", "3", "budgetHours", "", "budgetPeriod", "WEEK")).statusCode());
            second.session().get("/organisations/" + id + "/members");
            first.session().get("/organisations/" + id + "/members");

            List<Integer> statuses = race(List.of(
                    () -> first.session().post("/organisations/" + id + "/invitations", Map.of("email", "one-" + id + "@example.com")).statusCode(),
                    () -> second.session().post("/organisations/" + id + "/invitations", Map.of("email", "two-" + id + "@example.com")).statusCode()));
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one invitation, statuses " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 422).count(), "the other is told the seats are taken");
            assertEquals(1, Sql.single(dataSource, "SELECT COUNT(*) FROM invitations i JOIN organisations o ON o.id = i.organisation_id "
                    + "WHERE o.public_id = ? AND i.accepted_at IS NULL", id));
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
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "statuses " + statuses);
        assertEquals(9, statuses.stream().filter(s -> s == 422).count(), "statuses " + statuses);
        assertEquals(1, Sql.single(dataSource, "SELECT COUNT(*) FROM organisations WHERE name = ?", "Hasty Media"));
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
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "statuses " + statuses);
        assertEquals(9, statuses.stream().filter(s -> s == 410).count(), "statuses " + statuses);
        assertEquals(2, Sql.single(dataSource, "SELECT COUNT(*) FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id WHERE o.public_id = ?", id));
    }

    @Test
    void aDoubleClickedAssignmentIsStoredOnce() throws Exception {
        Employers.Person admin = employers.person("Assign Admin");
        String id = employers.organisation(admin, "Assign Twice ApS");
        admin.session().get("/organisations/" + id + "/teams");
        assertEquals(303, admin.session().post("/organisations/" + id + "/teams", Map.of("name", "Everyone")).statusCode());
        String page = admin.session().get("/organisations/" + id + "/assignments").body();
        java.util.regex.Matcher team = java.util.regex.Pattern.compile("value=\"(team:[0-9a-z]{26})\"").matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(team.find());
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clicks.add(() -> admin.session().post("/organisations/" + id + "/assignments",
                    Map.of("what", "course:" + course, "whom", team.group(1), "dueOn", "")).statusCode());
        }
        List<Integer> statuses = race(clicks);
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "statuses " + statuses);
        assertEquals(1, Sql.single(dataSource, "SELECT COUNT(*) FROM assignments a JOIN organisations o ON o.id = a.organisation_id WHERE o.public_id = ?", id));
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
