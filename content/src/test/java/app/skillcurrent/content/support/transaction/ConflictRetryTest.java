package app.skillcurrent.content.support.transaction;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A transaction the database gave up for a deadlock starts again and succeeds; the other one is not disturbed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictRetryTest implements DatabaseTest {

    @Inject
    Transfers transfers;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void twoRows() throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS retry_rows (id INT PRIMARY KEY, touches INT NOT NULL)");
            statement.execute("DELETE FROM retry_rows");
            statement.execute("INSERT INTO retry_rows VALUES (1, 0), (2, 0)");
        }
        transfers.attempts.set(0);
    }

    @Test
    void aDeadlockedTransactionStartsAgainAndBothChangesCommitOnce() throws Exception {
        CyclicBarrier meet = new CyclicBarrier(2);
        CompletableFuture<Void> oneThenTwo = CompletableFuture.runAsync(() -> touch(1, 2, meet));
        CompletableFuture<Void> twoThenOne = CompletableFuture.runAsync(() -> touch(2, 1, meet));

        CompletableFuture.allOf(oneThenTwo, twoThenOne).get(60, TimeUnit.SECONDS);

        assertThat(transfers.attempts).as("two first attempts, one of them given up by the database, and its second")
                .hasValue(3);
        assertThat(List.of(touches(1), touches(2)))
                .as("each row touched once by each transaction, nothing of the given-up attempt left")
                .containsExactly(2L, 2L);
    }

    @Test
    void recognisesDeadlocksAndCertificationFailuresOnly() {
        assertThat(ConflictRetry.isConflict(new RuntimeException(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)))).isTrue();
        assertThat(ConflictRetry.isConflict(new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))))
                .as("a lock wait timeout has already waited long: the person gets the error").isFalse();
        assertThat(ConflictRetry.isConflict(new RuntimeException(new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(ConflictRetry.isConflict(new IllegalStateException("not the database"))).isFalse();
    }

    private long touches(int row) {
        return Sql.single(dataSource, "SELECT touches FROM retry_rows WHERE id = ?", row);
    }

    private void touch(int first, int second, CyclicBarrier meet) {
        try {
            transfers.touchBoth(first, second, meet);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
