package app.skillcurrent.core.database;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A lock every server of one installation shares, for start-up work that several servers started together
 * would otherwise do at once (loading the demo data, say): a named lock of the database server
 * ({@code GET_LOCK}), held on a connection of its own while the work runs in its own transactions, so the
 * next holder sees everything the work committed. A server that dies while holding it loses its connection,
 * and with it the lock.
 */
@Singleton
public class StartupLock {

    /** Long enough for the slowest start-up work (the demo data takes seconds) on a busy machine. */
    static final Duration WAIT = Duration.ofMinutes(3);

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * Runs {@code work} while holding the lock of that name, waiting for another server to finish its own.
     *
     * @throws DatabaseSetupException when the lock is not free within {@link #WAIT}
     */
    public void holding(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            acquire(connection, name);
            try {
                work.run();
            } finally {
                release(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock " + name + ": " + e.getMessage(), e);
        }
    }

    private static void acquire(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, name);
            lock.setLong(2, WAIT.toSeconds());
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                if (result.getInt(1) != 1) {
                    throw new DatabaseSetupException("Another server has held the start-up lock " + name + " for more than "
                            + WAIT.toMinutes() + " minutes: it may hang; stop it, or wait until it has started, then start this one.");
                }
            }
        }
    }

    private static void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            unlock.setString(1, name);
            unlock.execute();
        }
    }
}
