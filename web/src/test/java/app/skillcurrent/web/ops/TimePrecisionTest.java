package app.skillcurrent.web.ops;

import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.core.database.DatabaseSetupException;
import app.skillcurrent.testing.InstalledMariaDb;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Times keep their microseconds on every supported server: on Debian's MariaDB 10.11 (run privately from
 * {@code /usr/sbin/mariadbd}) through MariaDB's driver, and on the embedded 11.4; a MariaDB 10 server reached
 * through MySQL's Connector/J, which would store whole seconds, stops the start with the fix in its message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimePrecisionTest {

    /** A time with microseconds, as TestClock shows it once moved. */
    private static final Duration MICROS = Duration.ofNanos(123_456_000);

    private InstalledMariaDb mariadb1011;

    @BeforeAll
    void startDebiansServer(@TempDir Path folder) {
        mariadb1011 = InstalledMariaDb.start(folder);
    }

    @AfterAll
    void stopIt() {
        if (mariadb1011 != null) {
            mariadb1011.close();
        }
    }

    @Test
    void mariaDb1011KeepsMicrosecondsThroughMariaDbsDriver() {
        String url = mariadb1011.createDatabase("precision");
        assertThat(url).startsWith("jdbc:mariadb://");
        try (ApplicationContext context = ApplicationContext.run(properties(url, mariadb1011.username(), mariadb1011.password()))) {
            assertThat(signUpAndReadMicroseconds(context)).isEqualTo(123_456);
            assertThat(Sql.single(context.getBean(DataSource.class), "SELECT LOCATE('10.11.', VERSION())"))
                    .as("the server is Debian's 10.11").isEqualTo(1);
        }
    }

    @Test
    void mariaDb1011ThroughMySqlsDriverStopsTheStartSayingWhatToUse() {
        mariadb1011.createDatabase("precision_mysql_driver");
        Map<String, Object> properties = properties(mariadb1011.mysqlUrl("precision_mysql_driver"),
                mariadb1011.username(), mariadb1011.password());
        Throwable refused = catchThrowable(() -> ApplicationContext.run(properties).close());
        assertThat(refused).as("the start").isNotNull();
        Throwable cause = refused;
        while (cause != null && !(cause instanceof DatabaseSetupException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the reason").isInstanceOf(DatabaseSetupException.class);
        assertThat(cause.getMessage())
                .startsWith("The database receives times without their fractions of a second (sent .123456, it got .000000;")
                .endsWith("For a MariaDB 10 server use MariaDB's driver: a DATASOURCES_DEFAULT_URL beginning with"
                        + " jdbc:mariadb:// (README, \"Configuration\").");
    }

    @Test
    void theEmbeddedServerKeepsMicroseconds() {
        String url = TestDatabase.freshDatabase(TimePrecisionTest.class);
        try (ApplicationContext context = ApplicationContext.run(properties(url, TestDatabase.server().username(),
                TestDatabase.server().password()))) {
            assertThat(signUpAndReadMicroseconds(context)).isEqualTo(123_456);
        }
    }

    private static long signUpAndReadMicroseconds(ApplicationContext context) {
        context.getBean(TestClock.class).advance(MICROS);
        context.getBean(AccountService.class).signUp(new SignUpRequest("micro@example.com", "Micro", "a-long-password", "en", AccountRules.CONSENT_GIVEN));
        return Sql.single(context.getBean(DataSource.class), "SELECT MICROSECOND(created_at) FROM users WHERE email = ?",
                "micro@example.com");
    }

    private static Map<String, Object> properties(String url, String username, String password) {
        Map<String, Object> properties = new HashMap<>(TestClock.ENABLED);
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", username);
        properties.put("datasources.default.password", password);
        properties.put("app.demo-data.enabled", "false");
        return properties;
    }
}
