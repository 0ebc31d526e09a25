package app.skillcurrent.content.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field → message-key problems and throws them together, so a form shows every problem at once. */
public final class FieldProblems {

    private final Map<String, String> problems = new LinkedHashMap<>();

    public FieldProblems add(String field, String messageKey) {
        problems.putIfAbsent(field, messageKey);
        return this;
    }

    public FieldProblems addAll(Map<String, String> more) {
        more.forEach(this::add);
        return this;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new FieldRejectedException(problems);
        }
    }
}
