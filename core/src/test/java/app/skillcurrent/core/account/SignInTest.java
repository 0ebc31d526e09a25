package app.skillcurrent.core.account;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import app.skillcurrent.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static app.skillcurrent.core.fixture.CoreFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checking a password, and the throttle in front of it (ADR 0013): five failures of one account from one
 * client are free, then each try waits, even with the right password, a minute at first and twice as long
 * after every further failure; a device the owner signed in on before counts on its own. Each test signs in
 * from its own client address unless it is about addresses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest implements CoreServiceTest {

    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    @Inject
    AccountService accounts;
    @Inject
    CoreFixtures fixtures;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    private static SignInClient from(String test) {
        return new SignInClient("192.0.2." + Math.floorMod(test.hashCode(), 250), null);
    }

    private void failTimes(int times, String email, SignInClient client) {
        for (int i = 0; i < times; i++) {
            int attempt = i;
            assertThatThrownBy(() -> accounts.authenticate(email, "guess-" + attempt, client))
                    .as("guess %d", attempt).isInstanceOf(InvalidCredentialsException.class);
        }
    }

    @Test
    void theRightPasswordSignsInWhateverTheCaseAndSpacesOfTheAddress() {
        Account account = fixtures.account("casual");
        String typed = "  " + account.email().toUpperCase(Locale.ROOT) + " ";
        assertThat(accounts.authenticate(typed, PASSWORD, from("case")).account().id()).isEqualTo(account.id());
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressAreRefusedAlike() {
        Account account = fixtures.account("wrong");
        assertThatThrownBy(() -> accounts.authenticate(account.email(), "not-the-password", from("alike")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> accounts.authenticate("nobody@example.com", PASSWORD, from("alike")))
                .as("the refusal does not tell which part was wrong").isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void pastFiveFailuresTheNextTryWaitsAMinuteThenTwoEvenWithTheRightPassword() {
        Account account = fixtures.account("guessed");
        SignInClient client = from("delay");
        failTimes(5, account.email(), client);

        assertThatThrownBy(() -> accounts.authenticate(account.email(), PASSWORD, client))
                .isInstanceOf(SignInThrottledException.class)
                .extracting(e -> ((SignInThrottledException) e).retryAfter()).isEqualTo(FIRST_DELAY);
        Account bystander = fixtures.account("bystander");
        assertThat(accounts.authenticate(bystander.email(), PASSWORD, client).account().id())
                .as("another account from the same client is not held back").isEqualTo(bystander.id());

        clock.advance(FIRST_DELAY);
        failTimes(1, account.email(), client);
        assertThatThrownBy(() -> accounts.authenticate(account.email(), PASSWORD, client))
                .as("one more failure doubles the wait").isInstanceOf(SignInThrottledException.class)
                .extracting(e -> ((SignInThrottledException) e).retryAfter()).isEqualTo(FIRST_DELAY.multipliedBy(2));
        clock.advance(FIRST_DELAY.multipliedBy(2));
        assertThat(accounts.authenticate(account.email(), PASSWORD, client).account().id()).isEqualTo(account.id());
    }

    @Test
    void theOwnersKnownDeviceGetsInWhileSomeoneElseGuesses() {
        Account account = fixtures.account("owner");
        String device = accounts.authenticate(account.email(), PASSWORD, from("owner-laptop")).deviceToken();
        failTimes(5, account.email(), from("attacker"));
        assertThatThrownBy(() -> accounts.authenticate(account.email(), PASSWORD, from("attacker")))
                .isInstanceOf(SignInThrottledException.class);

        SignInClient laptop = new SignInClient(from("attacker").address(), device);
        assertThat(accounts.authenticate(account.email(), PASSWORD, laptop).account().id())
                .as("the owner's device, even from the attacker's address").isEqualTo(account.id());
    }
}
