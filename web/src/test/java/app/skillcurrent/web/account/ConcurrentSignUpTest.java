package app.skillcurrent.web.account;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Double clicks and two tabs: many sign-ups for one address at the same moment make one account. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSignUpTest implements DatabaseTest {

    @Inject
    AccountService accounts;

    @Test
    void twentyRacingSignUpsForOneAddressCreateOneAccount() throws Exception {
        int racers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    accounts.signUp(new SignUpRequest("race@example.com", "Racer", "a-long-password", "en"));
                    return true;
                } catch (FieldRejectedException taken) {
                    assertEquals(java.util.Map.of("email", "error.email.taken"), taken.problems());
                    return false;
                }
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Boolean> result : results) {
            if (result.get()) {
                created++;
            }
        }
        pool.shutdown();
        assertEquals(1, created, "exactly one sign-up succeeds; the others are told the address is taken");
        assertTrue(accounts.findByEmail("race@example.com").isPresent());
    }

}
