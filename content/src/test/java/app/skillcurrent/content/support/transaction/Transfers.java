package app.skillcurrent.content.support.transaction;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two rows that transactions update in the order they are told, meeting at a barrier between the two updates on
 * their first attempt only: two of them in opposite orders then deadlock once, as two servers taking the same
 * locks in a different order would.
 */
@Singleton
class Transfers {

    final AtomicInteger attempts = new AtomicInteger();
    private final TransactionOperations<Connection> transactions;

    Transfers(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Transactional
    public void touchBoth(int first, int second, CyclicBarrier firstAttemptsMeet) throws SQLException {
        boolean firstAttempt = attempts.incrementAndGet() <= 2;
        add(first);
        if (firstAttempt) {
            try {
                firstAttemptsMeet.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        add(second);
    }

    private void add(int row) throws SQLException {
        try (PreparedStatement update = transactions.getConnection()
                .prepareStatement("UPDATE retry_rows SET touches = touches + 1 WHERE id = ?")) {
            update.setInt(1, row);
            update.executeUpdate();
        }
    }
}
