package app.skillcurrent.core.account;

/**
 * Input that is well-formed but not acceptable, such as an email already taken. {@code field} names the form
 * field, {@code messageKey} the message bundle key that explains it.
 */
public class FieldRejectedException extends RuntimeException {
    private final String field;
    private final String messageKey;

    public FieldRejectedException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
