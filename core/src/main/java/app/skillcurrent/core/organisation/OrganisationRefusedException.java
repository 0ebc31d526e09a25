package app.skillcurrent.core.organisation;

/**
 * A well-formed request the organisation's current state does not allow (removing its last admin, an
 * invitation that is no longer open). {@code messageKey} names the message bundle key that explains it.
 */
public class OrganisationRefusedException extends RuntimeException {
    private final String messageKey;

    public OrganisationRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
