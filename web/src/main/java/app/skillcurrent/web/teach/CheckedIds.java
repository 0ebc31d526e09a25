package app.skillcurrent.web.teach;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The ids of checked boxes (topics) as a form sends them, read into numbers. */
final class CheckedIds {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,18}");

    private CheckedIds() {
    }

    /**
     * The ids among the values; a value that is no number is the form's {@code @WholeNumber} to report, so it is
     * left out here (the form is rejected anyway).
     */
    static Set<Long> of(@Nullable List<String> values) {
        return values == null ? Set.of() : values.stream().map(String::strip).filter(v -> WHOLE_NUMBER.matcher(v).matches())
                .map(Long::valueOf).collect(Collectors.toSet());
    }
}
