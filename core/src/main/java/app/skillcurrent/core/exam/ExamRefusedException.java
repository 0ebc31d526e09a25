package app.skillcurrent.core.exam;

/** The exam cannot be started or submitted now; {@code messageKey} says why. Nothing was recorded. */
public class ExamRefusedException extends RuntimeException {
    private final String messageKey;

    public ExamRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
