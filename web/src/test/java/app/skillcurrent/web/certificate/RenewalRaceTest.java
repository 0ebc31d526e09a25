package app.skillcurrent.web.certificate;

import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A hundred "start renewal" clicks at the same moment open one attempt, and once it is submitted none of the
 * clicks has left a second one open to sit before the cooldown ends.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalRaceTest implements DatabaseTest {

    private static final int CLICKS = 100;

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Certificates certificates;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @Test
    void aHundredRacingStartsOpenOneAttemptAndKeepTheCooldown() throws Exception {
        ContentFixtures.Published course = fixtures.course("Pinterest boards", null, 90);
        Account learner = fixtures.graduate("Racing Rasmus", course);
        String id = certificates.ofHolder(learner.id()).get(0).publicId();
        String renew = "/certificates/" + id + "/renew";
        clock.advance(Duration.ofDays(40));
        courses.revise(course, Severity.MAJOR, "Boards can be grouped.");
        WebSession session = new WebSession(server.getURI());
        assertThat(Accounts.signIn(session, learner.email(), CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
        session.get(renew);

        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> clicks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLICKS)) {
            for (int i = 0; i < CLICKS; i++) {
                clicks.add(pool.submit(() -> {
                    go.await();
                    return session.post(renew, Map.of());
                }));
            }
            go.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (Future<HttpResponse<String>> click : clicks) {
            HttpResponse<String> response = click.get();
            statuses.add(response.statusCode());
            response.headers().firstValue("Location").ifPresent(locations::add);
        }
        assertThat(statuses).as("every click is sent to the quiz").containsOnly(303);
        assertThat(locations.stream().distinct().toList()).as("all to the same attempt").hasSize(1);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM renewal_attempts a JOIN certificates c ON c.id = a.certificate_id"
                + " WHERE c.public_id = ?", id)).as("attempts in the database").isEqualTo(1);

        String attempt = locations.get(0);
        session.get(attempt);
        assertThat(session.post(attempt, Map.of("q0", "b")).statusCode()).as("the quiz not passed").isEqualTo(303);
        session.get(renew);
        assertThat(session.post(renew, Map.of()).statusCode()).as("no attempt left open to skip the wait").isEqualTo(409);
    }

    @Test
    void theDatabaseRefusesASecondOpenAttemptForOneCertificate() {
        ContentFixtures.Published course = fixtures.course("Snapchat spotlight", null, 90);
        Account learner = fixtures.graduate("Double Dorte", course);
        long certificateId = certificates.ofHolder(learner.id()).get(0).certificate().id();
        long revisionId = Sql.single(dataSource, "SELECT course_revision_id FROM certificates WHERE id = ?", certificateId);
        String insert = "INSERT INTO renewal_attempts (certificate_id, course_revision_id, questions_json, started_at)"
                + " VALUES (?, ?, '[]', NOW(6))";
        Sql.update(dataSource, insert, certificateId, revisionId);
        assertThat(catchThrowable(() -> Sql.update(dataSource, insert, certificateId, revisionId)))
                .as("a second open attempt")
                .hasRootCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
        Sql.update(dataSource, "UPDATE renewal_attempts SET submitted_at = NOW(6) WHERE certificate_id = ?", certificateId);
        Sql.update(dataSource, insert, certificateId, revisionId);
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM renewal_attempts WHERE certificate_id = ?", certificateId))
                .as("a new one once the first is submitted").isEqualTo(2);
    }
}
