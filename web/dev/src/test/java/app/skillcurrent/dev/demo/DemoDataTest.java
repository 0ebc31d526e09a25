package app.skillcurrent.dev.demo;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(accounts.findByEmail(demo.email())).as(demo.email()).isPresent();
        }
        long instructor = accounts.findByEmail(DemoAccounts.INSTRUCTOR.email()).orElseThrow().id();
        long admin = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow().id();
        assertThat(accounts.rolesOf(instructor)).contains(Role.INSTRUCTOR);
        assertThat(accounts.rolesOf(admin)).contains(Role.ADMIN);
    }

    @Test
    void startingAgainOnAFilledDatabaseChangesNothing() {
        String before = accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().publicId();
        context.getEventPublisher(StartupEvent.class).publishEvent(new StartupEvent(context));
        assertThat(accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().publicId()).isEqualTo(before);
    }
}
