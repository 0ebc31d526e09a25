package app.skillcurrent.core.progress;

import app.skillcurrent.content.support.FieldRejectedException;

/**
 * A progress request that names something the lesson does not have (another lesson's question, an unknown
 * option, a task index out of range) or breaks a rule; {@code messageKey} explains it. Nothing was recorded.
 * The field is what was refused: {@code task} or {@code reflection} for a task, {@code chosen} for a quiz
 * answer, {@code complete} for completing the lesson.
 */
public class InvalidAnswerException extends FieldRejectedException {

    private final String messageKey;

    public InvalidAnswerException(String field, String messageKey) {
        super(field, messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
