package app.skillcurrent.testing;

/** The database could not be made ready; the message tells the operator what to do. */
public class DatabaseStartupException extends RuntimeException {
    public DatabaseStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
