package app.skillcurrent.testing;

/** Another process holds the data folder; a different folder can be used instead. */
public class DataFolderInUseException extends DatabaseStartupException {
    public DataFolderInUseException(String message) {
        super(message, null);
    }
}
