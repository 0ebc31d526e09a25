package app.skillcurrent.web.ops;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.web.demo.DemoAccounts;
import app.skillcurrent.web.demo.DemoData;
import app.skillcurrent.web.support.DatabaseTest;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest implements DatabaseTest {

    @Inject
    AccountService accounts;
    @Inject
    DemoData demoData;
    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("app.demo-data.enabled", "true");
    }

    @Test
    void anEmptyDatabaseGetsOneAccountOfEachKind() {
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            assertTrue(accounts.findByEmail(demo.email()).isPresent(), demo.email());
        }
        long instructor = accounts.findByEmail(DemoAccounts.INSTRUCTOR.email()).orElseThrow().id();
        long admin = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow().id();
        assertTrue(accounts.rolesOf(instructor).contains(Role.INSTRUCTOR));
        assertTrue(accounts.rolesOf(admin).contains(Role.ADMIN));
    }

    @Test
    void startingAgainOnAFilledDatabaseChangesNothing() {
        String before = accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().publicId();
        context.getEventPublisher(StartupEvent.class).publishEvent(new StartupEvent(context));
        assertEquals(before, accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().publicId());
    }
}
