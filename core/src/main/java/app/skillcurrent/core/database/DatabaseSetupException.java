package app.skillcurrent.core.database;

/** The database can be reached but does not work the way the server needs; the message says how to fix it. */
public class DatabaseSetupException extends RuntimeException {

    public DatabaseSetupException(String message) {
        super(message);
    }
}
