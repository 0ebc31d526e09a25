package app.skillcurrent.core.organisation;

/**
 * A well-formed request the organisation's current state does not allow (removing its last admin, an
 * invitation that is no longer open). {@code messageKey} names the message bundle key that explains it.
 */
public class OrganisationRefusedException extends RuntimeException {

    /** Why it is refused, so callers can answer in their own terms (an HTTP status, say). */
    public enum Kind {
        /** It conflicts with the current state; another action first may make it possible. */
        CONFLICT,
        /** What it refers to is used up, withdrawn or expired, for good. */
        GONE,
        /** It belongs to someone else. */
        NOT_YOURS
    }

    private final String messageKey;
    private final Kind kind;

    public OrganisationRefusedException(String messageKey) {
        this(messageKey, Kind.CONFLICT);
    }

    public OrganisationRefusedException(String messageKey, Kind kind) {
        super(messageKey);
        this.messageKey = messageKey;
        this.kind = kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Kind kind() {
        return kind;
    }
}
