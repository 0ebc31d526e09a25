package app.skillcurrent.core.account;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.fixture.CoreServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Double clicks and two tabs: many sign-ups for one address at the same moment make one account. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSignUpTest implements CoreServiceTest {

    /** What a racer was told: nothing wrong (its account was created), or the problems per field. */
    private static final Map<String, String> CREATED = Map.of();

    @Inject
    AccountService accounts;

    @Test
    void twentyRacingSignUpsForOneAddressCreateOneAccount() throws Exception {
        int racers = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Map<String, String>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        accounts.signUp(new SignUpRequest("race@example.com", "Racer", "a-long-password", "en", AccountRules.CONSENT_GIVEN));
                        return CREATED;
                    } catch (FieldRejectedException refused) {
                        return refused.problems();
                    }
                }));
            }
            start.countDown();
        }
        List<Map<String, String>> told = new ArrayList<>();
        for (Future<Map<String, String>> result : results) {
            told.add(result.get());
        }
        assertThat(told).as("exactly one sign-up succeeds").containsOnlyOnce(CREATED);
        assertThat(told).filteredOn(problems -> !problems.isEmpty()).as("the others are told the address is taken")
                .hasSize(racers - 1)
                .containsOnly(Map.of("email", "error.email.taken"));
        assertThat(accounts.findByEmail("race@example.com")).isPresent();
    }
}
