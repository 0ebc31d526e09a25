package app.skillcurrent.core.database;

import app.skillcurrent.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A start the database stopped is explained by what happened, with the database's own words kept. */
class DatabaseFailuresTest {

    @Test
    void aDeadlockIsReportedAsADeadlockNotAsAWrongPassword() {
        // what InnoDB answers two servers inserting the same demo accounts, as the start-up wraps it
        Throwable failure = new IllegalStateException("Error executing PERSIST",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        assertThat(DatabaseFailures.explain(failure)).get().asString()
                .isEqualTo("The database rolled back start-up work (Deadlock found when trying to get lock; try restarting"
                        + " transaction; SQL state 40001, error 1213): a deadlock or lock wait with another server starting on"
                        + " the same database at the same moment; the rolled-back work changed nothing, so start this server again.")
                .doesNotContain("PASSWORD", "URL");
    }

    @Test
    void aWrongPasswordIsReportedAsARefusedAccount() {
        String url = TestDatabase.server().jdbcUrl("mysql");
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(url, TestDatabase.server().username(), "not-the-password"));
        assertThat(DatabaseFailures.explain(new IllegalStateException(refused))).get().asString()
                .startsWith("The database refused the account (Access denied for user")
                .endsWith("check DATASOURCES_DEFAULT_USERNAME and _PASSWORD.");
    }

    @Test
    void aServerThatIsNotThereIsReportedAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Throwable unreachable = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + closedPort + "/db?connectTimeout=2000", "someone", "secret"));
        assertThat(DatabaseFailures.explain(new IllegalStateException(unreachable))).get().asString()
                .startsWith("Cannot reach the database (Communications link failure")
                .endsWith("check the host and port in DATASOURCES_DEFAULT_URL and that the database server is running.");
    }
}
