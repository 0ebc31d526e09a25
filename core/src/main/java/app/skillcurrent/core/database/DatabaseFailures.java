package app.skillcurrent.core.database;

import io.micronaut.data.connection.exceptions.ConnectionException;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Says why the database stopped a start, from what really happened: a wrong password is not a deadlock, and a
 * database that cannot be reached is not a wrong URL. The database's own message, SQL state and error code
 * are kept in the line, never replaced by a guess.
 */
public final class DatabaseFailures {

    /** MariaDB/MySQL: access denied for the user; no such database. */
    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE = 1049;

    private DatabaseFailures() {
    }

    /**
     * Whether {@code exception} comes from a database that cannot be reached right now: no connection within
     * the pool's timeout, a refused or broken connection. Such a request is answered 503, not 500.
     */
    public static boolean isUnavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            // the data layer's own: no connection to be had, or one that broke while in use
            if (t instanceof ConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof java.net.ConnectException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /** The explanation when the database is the cause of {@code exception}, else empty. */
    public static Optional<String> explain(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DatabaseSetupException setup) {
                return Optional.of(setup.getMessage());
            }
            if (t instanceof SQLException sql) {
                return Optional.of(explain(sql));
            }
        }
        return Optional.empty();
    }

    private static String explain(SQLException e) {
        String said = "(" + e.getMessage() + "; SQL state " + e.getSQLState() + ", error " + e.getErrorCode() + ")";
        if (e instanceof SQLTransactionRollbackException || "40001".equals(e.getSQLState())) {
            return "The database rolled back start-up work " + said + ": a deadlock or lock wait with another server"
                    + " starting on the same database at the same moment; the rolled-back work changed nothing, so start this server again.";
        }
        if (e instanceof SQLInvalidAuthorizationSpecException || e.getErrorCode() == ACCESS_DENIED) {
            return "The database refused the account " + said + ": check DATASOURCES_DEFAULT_USERNAME and _PASSWORD.";
        }
        if (e.getErrorCode() == UNKNOWN_DATABASE) {
            return "The database named in DATASOURCES_DEFAULT_URL does not exist " + said + ": create it (empty) first.";
        }
        if (e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || e instanceof SQLRecoverableException || (e.getSQLState() != null && e.getSQLState().startsWith("08"))) {
            return "Cannot reach the database " + said + ": check the host and port in DATASOURCES_DEFAULT_URL and that"
                    + " the database server is running.";
        }
        return "The database answered an error during start-up " + said + ".";
    }
}
