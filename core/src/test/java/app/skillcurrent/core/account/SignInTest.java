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
 * Checking a password, and the throttle in front of it: 5 failures for an address within 15 minutes, or 20
 * from one client address, and every further try waits, even with the right password, until the oldest
 * failure is 15 minutes old. Each test signs in from its own client address unless it is about addresses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest implements CoreServiceTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

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

    private static String address(String test) {
        return "client-" + test;
    }

    private void failTimes(int times, String email, String client) {
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
        assertThat(accounts.authenticate(typed, PASSWORD, address("case")).id()).isEqualTo(account.id());
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressAreRefusedAlike() {
        Account account = fixtures.account("wrong");
        assertThatThrownBy(() -> accounts.authenticate(account.email(), "not-the-password", address("alike")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> accounts.authenticate("nobody@example.com", PASSWORD, address("alike")))
                .as("the refusal does not tell which part was wrong").isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void fiveFailuresHoldBackEvenTheRightPasswordUntilTheWindowHasPassed() {
        Account account = fixtures.account("guessed");
        String client = address("window");
        failTimes(5, account.email(), client);

        assertThatThrownBy(() -> accounts.authenticate(account.email(), PASSWORD, client))
                .isInstanceOf(SignInThrottledException.class)
                .extracting(e -> ((SignInThrottledException) e).window()).isEqualTo(WINDOW);
        assertThatThrownBy(() -> accounts.authenticate(account.email(), PASSWORD, address("elsewhere")))
                .as("the account is held back from every client address").isInstanceOf(SignInThrottledException.class);
        Account bystander = fixtures.account("bystander");
        assertThat(accounts.authenticate(bystander.email(), PASSWORD, client).id())
                .as("another account from the same client is not").isEqualTo(bystander.id());

        clock.advance(WINDOW.minusSeconds(1));
        assertThatThrownBy(() -> accounts.authenticate(account.email(), PASSWORD, client))
                .as("a second before the window ends").isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.authenticate(account.email(), PASSWORD, client).id()).isEqualTo(account.id());
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsEarlierFailures() {
        Account account = fixtures.account("forgetful");
        String client = address("forget");
        failTimes(4, account.email(), client);
        accounts.authenticate(account.email(), PASSWORD, client);

        failTimes(4, account.email(), client);
        assertThat(accounts.authenticate(account.email(), PASSWORD, client).id())
                .as("four failures since the last success, not eight").isEqualTo(account.id());
    }

    @Test
    void twentyFailuresFromOneClientAddressHoldItBackForEveryAccount() {
        String client = address("spray");
        for (int i = 0; i < 5; i++) {
            failTimes(4, fixtures.account("sprayed").email(), client);
        }
        Account untouched = fixtures.account("untouched");
        assertThatThrownBy(() -> accounts.authenticate(untouched.email(), PASSWORD, client))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(accounts.authenticate(untouched.email(), PASSWORD, address("another-client")).id())
                .as("the same account from another address").isEqualTo(untouched.id());
    }
}
