package app.skillcurrent.web.account;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.Pages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing is slowed down, never the owner locked out: failures are counted per account and client, exactly
 * even when they arrive at once, and past the free ones each attempt waits twice as long as the last; the
 * owner still gets in from a device they signed in on before while someone hammers the account from elsewhere.
 * The server stands behind a proxy here (the tests connect from loopback, which is trusted), so each session
 * can come from its own address.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(TestClock.ENABLED);
        properties.put("app.client-address.trusted-proxies", "127.0.0.1,::1");
        return properties;
    }

    private WebSession from(String address) {
        return new WebSession(server.getURI()).header("X-Forwarded-For", address);
    }

    private String account() {
        String email = ContentFixtures.unique("owner") + "@example.com";
        Accounts.signUp(new WebSession(server.getURI()), email, "Owner", "en");
        return email;
    }

    @Test
    void twentyGuessesAtOnceAreCountedExactly() throws Exception {
        String email = account();
        WebSession guesser = from("203.0.113.20");
        guesser.get("/signin");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Integer>> guesses = IntStream.range(0, 20)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> guesser.post("/signin",
                            Map.of("email", email, "password", "guess-" + i)).statusCode(), pool))
                    .toList();
            List<Integer> statuses = guesses.stream().map(CompletableFuture::join).toList();

            assertThat(statuses).as("five checked and refused as wrong, the rest told to wait").filteredOn(s -> s == 422).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(15);
        } finally {
            pool.shutdown();
        }
        assertThat(Sql.single(dataSource, "SELECT failures FROM sign_in_throttle WHERE throttle_key = SHA2(?, 256)",
                "client|" + email + "|203.0.113.20")).isEqualTo(5);
    }

    @Test
    void pastTheFreeFailuresEachAttemptWaitsTwiceAsLong() {
        String email = account();
        WebSession guesser = from("203.0.113.30");
        for (int i = 0; i < 5; i++) {
            assertThat(Accounts.signIn(guesser, email, "guess-" + i).statusCode()).as("free guess %d", i).isEqualTo(422);
        }
        HttpResponse<String> waiting = Accounts.signIn(guesser, email, CoreFixtures.PASSWORD);
        assertThat(waiting.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("60");

        clock.advance(Duration.ofMinutes(1));
        assertThat(Accounts.signIn(guesser, email, "guess-5").statusCode()).isEqualTo(422);
        HttpResponse<String> longer = Accounts.signIn(guesser, email, CoreFixtures.PASSWORD);
        assertThat(longer.statusCode()).isEqualTo(429);
        assertThat(Pages.parse(longer).select(".error-summary").text())
                .isEqualTo("Too many failed sign-ins. For your security, please wait 2 minutes and try again.");

        clock.advance(Duration.ofMinutes(2));
        assertThat(Accounts.signIn(guesser, email, CoreFixtures.PASSWORD).statusCode()).as("the wait is over").isEqualTo(303);
    }

    @Test
    void theOwnerGetsInFromTheirDeviceWhileAnAttackerHammersFromEverywhere() {
        String email = account();
        WebSession owner = from("198.51.100.7");
        assertThat(Accounts.signIn(owner, email, CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(owner.cookie("device")).as("the device is remembered").isPresent();
        assertThat(owner.post("/signout", Map.of()).statusCode()).isEqualTo(303);

        // 40 guesses, each from a new address: past the account's 20 free failures from unknown devices
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = Accounts.signIn(from("203.0.113." + (100 + i)), email, "guess-" + i).statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("the attacker is slowed down").isEqualTo(20);
        assertThat(Accounts.signIn(from("192.0.2.55"), email, CoreFixtures.PASSWORD).statusCode())
                .as("a device the account never used waits like the attacker").isEqualTo(429);

        HttpResponse<String> ownerAgain = Accounts.signIn(owner, email, CoreFixtures.PASSWORD);
        assertThat(ownerAgain.statusCode()).as("the owner's own device still gets in").isEqualTo(303);
        assertThat(owner.cookie("session")).isPresent();
    }

    @Test
    void theDeviceAnAccountWasOpenedOnIsKnownToo() {
        String email = ContentFixtures.unique("opened") + "@example.com";
        WebSession owner = from("198.51.100.8");
        assertThat(Accounts.signUp(owner, email, "Opener", "en").statusCode()).isEqualTo(303);
        assertThat(owner.post("/signout", Map.of()).statusCode()).isEqualTo(303);
        for (int i = 0; i < 25; i++) {
            Accounts.signIn(from("203.0.113." + (150 + i)), email, "guess-" + i);
        }
        assertThat(Accounts.signIn(from("192.0.2.56"), email, CoreFixtures.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(Accounts.signIn(owner, email, CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void aDeviceTokenOfAnotherAccountCountsForNothing() {
        String attackersOwn = account();
        String victim = account();
        WebSession attacker = from("203.0.113.60");
        assertThat(Accounts.signIn(attacker, attackersOwn, CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
        attacker.post("/signout", Map.of());
        for (int i = 0; i < 5; i++) {
            Accounts.signIn(attacker, victim, "guess-" + i);
        }
        assertThat(Accounts.signIn(attacker, victim, "guess-6").statusCode())
                .as("a device known to another account is unknown to this one").isEqualTo(429);
    }
}
