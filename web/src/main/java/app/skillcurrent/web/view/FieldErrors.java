package app.skillcurrent.web.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, translated: {@code field} holds the message for each wrong field (the
 * template shows it next to the field), {@code all} lists them in form order for the error summary at the
 * top, each linking to its field ({@code #<field>}).
 */
public record FieldErrors(Map<String, String> field, List<Problem> all) {

    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    public record Problem(String field, String message) {
    }

    public FieldErrors {
        field = Map.copyOf(field);
        all = List.copyOf(all);
    }

    static FieldErrors of(Map<String, String> messagesByField) {
        Map<String, String> ordered = new LinkedHashMap<>(messagesByField);
        return new FieldErrors(ordered, ordered.entrySet().stream().map(e -> new Problem(e.getKey(), e.getValue())).toList());
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public int count() {
        return all.size();
    }
}
