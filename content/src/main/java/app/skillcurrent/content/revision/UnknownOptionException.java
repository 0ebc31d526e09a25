package app.skillcurrent.content.revision;

/**
 * An answer names an option its question does not have. The forms learners answer on only offer the
 * question's own options, so this is a form for another revision of the question or one made by hand; it is
 * not marked (neither right nor wrong) and nothing of it may be recorded: the learner answers again.
 */
public class UnknownOptionException extends RuntimeException {

    /** The message bundle key that tells the learner. */
    public static final String MESSAGE_KEY = "error.learn.unknownOption";

    private final String questionKey;

    public UnknownOptionException(String questionKey) {
        super("An answer to question " + questionKey + " names an option it does not have");
        this.questionKey = questionKey;
    }

    public String questionKey() {
        return questionKey;
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }
}
