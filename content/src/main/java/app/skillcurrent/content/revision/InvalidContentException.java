package app.skillcurrent.content.revision;

import java.util.Map;

/** Content that cannot be saved or published as it is; {@link #problems()} maps form fields to message keys. */
public class InvalidContentException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidContentException(Map<String, String> problems) {
        super("Invalid content: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public InvalidContentException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
