package app.skillcurrent.web.view;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, translated: {@code field} holds the message for each wrong field (the
 * template shows it next to the field), {@code all} lists them in form order for the error summary at the
 * top, each naming its field by its label and linking to it ({@code #<field>}).
 */
public record FieldErrors(Map<String, String> field, List<Problem> all) {

    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    /** @param label the field's label as its page shows it, null where the form gives none */
    public record Problem(String field, @Nullable String label, String message) {
    }

    public FieldErrors {
        field = Map.copyOf(field);
        all = List.copyOf(all);
    }

    static FieldErrors of(List<Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem.message()));
        return new FieldErrors(byField, problems);
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public int count() {
        return all.size();
    }
}
