package app.skillcurrent.core.progress;

/**
 * A progress request that names something the lesson does not have (another lesson's question, an unknown
 * option, a task index out of range) or breaks a rule; {@code messageKey} explains it. Nothing was recorded.
 */
public class InvalidAnswerException extends RuntimeException {
    private final String messageKey;

    public InvalidAnswerException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
