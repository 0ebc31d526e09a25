package app.skillcurrent.web.cluster;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.certificate.Renewals;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.TestClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Start renewal" clicked many times at once through two servers on two nodes opens one attempt. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalsAcrossNodesTest implements ClusterTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Certificates certificates;
    @Inject
    Renewals renewals;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    private EmbeddedServer onNodeTwo;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @BeforeAll
    void startAServerOnNodeTwo() {
        onNodeTwo = serverOn(2);
    }

    @AfterAll
    void stopIt() {
        onNodeTwo.close();
    }

    @Test
    void twentyStartsThroughTwoNodesOpenOneAttempt() throws Exception {
        ContentFixtures.Published course = fixtures.course("Threads replies", null, 90);
        Account learner = fixtures.graduate("Clicking Karen", course);
        String certificate = certificates.ofHolder(learner.id()).get(0).publicId();
        Duration later = Duration.ofDays(40);
        clock.advance(later);
        onNodeTwo.getApplicationContext().getBean(TestClock.class).advance(later);
        courses.revise(course, Severity.MAJOR, "Replies can be hidden.");
        Renewals there = onNodeTwo.getApplicationContext().getBean(Renewals.class);

        List<Long> attempts = Race.of(20, i -> (i % 2 == 0 ? renewals : there).start(learner.id(), certificate).id());

        assertThat(attempts).as("every click answered with the same attempt").containsOnly(attempts.get(0));
        assertThat(Sql.single(dataSource, "SELECT COUNT(*) FROM renewal_attempts WHERE submitted_at IS NULL"))
                .as("one open attempt").isEqualTo(1);
    }
}
