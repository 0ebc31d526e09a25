package app.skillcurrent.content.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that is well-formed but not acceptable in the current state: an email already taken, a slug in use,
 * a draft that cannot be published yet. {@link #problems()} maps form fields to message bundle keys, so the
 * form shows each next to its field. Rules about the shape of input (required, too long, a number) are Bean
 * Validation constraints on the form record instead; services throw this only for what needs the database.
 */
public class FieldRejectedException extends RuntimeException {

    private final Map<String, String> problems;

    public FieldRejectedException(Map<String, String> problems) {
        super("Rejected: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one field");
        }
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public FieldRejectedException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    /** Field name → message key, in the order the problems were found. */
    public Map<String, String> problems() {
        return problems;
    }
}
