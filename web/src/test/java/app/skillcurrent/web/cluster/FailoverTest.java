package app.skillcurrent.web.cluster;

import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.testing.GaleraCluster;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database node a server writes through dies in the middle of its work: every write it acknowledged is on the
 * surviving nodes, and it carries on through the next node listed in its URL without a restart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailoverTest implements ClusterTest {

    private static final Logger LOG = LoggerFactory.getLogger(FailoverTest.class);

    @Inject
    AccountService accounts;

    private EmbeddedServer onNodeThree;

    @BeforeAll
    void startAServerOnAnotherNode() {
        onNodeThree = serverOn(3);
    }

    @AfterAll
    void bringTheNodeBack() {
        onNodeThree.close();
        GaleraCluster.shared().restartStopped();
    }

    @Test
    void writesAcknowledgedBeforeAndAfterANodeDiesAreAllKeptAndWritingGoesOn() {
        List<String> acknowledged = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            acknowledged.add(signUp().email());
        }

        GaleraCluster.shared().kill(1);
        Instant killed = Instant.now();
        Instant firstAfter = null;
        Instant until = killed.plusSeconds(60);
        while (Instant.now().isBefore(until) && (firstAfter == null || acknowledged.size() < 30)) {
            try {
                acknowledged.add(signUp().email());
                if (firstAfter == null) {
                    firstAfter = Instant.now();
                }
            } catch (RuntimeException failed) {
                refused++;
            }
        }

        assertThat(firstAfter).as("writing went on through another node").isNotNull();
        LOG.info("Node 1 killed: {} writes failed, the first succeeded again after {} ms", refused,
                Duration.between(killed, firstAfter).toMillis());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(GaleraCluster.shared().size(2))
                .as("the cluster goes on with two nodes").isEqualTo(2));
        AccountService elsewhere = onNodeThree.getApplicationContext().getBean(AccountService.class);
        List<String> missing = acknowledged.stream()
                .filter(email -> elsewhere.findByEmail(email).isEmpty()).toList();
        assertThat(missing).as("acknowledged sign-ups missing on node 3, of %d", acknowledged.size()).isEmpty();
    }

    private Account signUp() {
        return accounts.signUp(new SignUpRequest(ContentFixtures.unique("failover") + "@example.com", "Pat", CoreFixtures.PASSWORD, "en", AccountRules.CONSENT_GIVEN));
    }
}
