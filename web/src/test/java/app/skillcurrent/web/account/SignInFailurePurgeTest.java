package app.skillcurrent.web.account;

import app.skillcurrent.core.account.SignInFailurePurge;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttle counters whose last failure is older than {@code forget-after} (24 hours) are deleted on a schedule,
 * also those no successful sign-in would ever clear; several servers may run it at the same moment.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInFailurePurgeTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestClock clock;
    @Inject
    SignInFailurePurge purge;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @Test
    void countersOlderThanForgetAfterAreDeletedAndNewerOnesKept() {
        WebSession guesser = new WebSession(server.getURI());
        Accounts.signUp(new WebSession(server.getURI()), "real-person@example.com", "Real", "en");
        failSignIn(guesser, "real-person@example.com");
        failSignIn(guesser, "nobody-at-all@example.com");
        clock.advance(Duration.ofMinutes(2));
        failSignIn(guesser, "nobody-later@example.com");
        clock.advance(Duration.ofHours(24).minusMinutes(1));
        assertThat(counters()).as("per email from this address, per email, and the address's own").isEqualTo(3 + 3 + 1);

        // two servers purging at the same moment: both finish, neither fails
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(purge::purgeExpired);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(purge::purgeExpired);
        CompletableFuture.allOf(one, other).join();

        assertThat(one.join() + other.join()).isEqualTo(4);
        assertThat(counters()).as("only those whose last failure is within the last 24 hours are left").isEqualTo(3);
        assertThat(counter("account|nobody-later@example.com")).isEqualTo(1);
        assertThat(counter("account|nobody-at-all@example.com")).isZero();
    }

    private static void failSignIn(WebSession session, String email) {
        assertThat(Accounts.signIn(session, email, "not the password").statusCode()).isEqualTo(422);
    }

    private long counters() {
        return Sql.single(dataSource, "SELECT COUNT(*) FROM sign_in_throttle");
    }

    private long counter(String what) {
        return Sql.single(dataSource, "SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = SHA2(?, 256)", what);
    }
}
