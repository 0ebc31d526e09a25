package app.skillcurrent.web.quiz;

import app.skillcurrent.content.revision.QuizAnswers;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers to a quiz answered on one form, the final exam or a renewal quiz, from the fields that
 * {@link QuizSheet} names: a question with one right option is a radio group {@code q<i>} whose value is the
 * chosen option's key; one with several has a checkbox {@code q<i>.<key>} per option, sent only when ticked.
 * {@code <i>} is the question's position on the form. Other fields (the CSRF token) are ignored.
 *
 * <p>The form binding reads dotted names as nested fields and a plain field's value as a list, so the fields
 * arrive as {@code q0 → [b]} for a radio group and {@code q1 → {a: on, c: on}} for checkboxes.
 */
@Serdeable.Deserializable
public record QuizAnswersForm(QuizAnswers answers) {

    private static final Pattern QUESTION = Pattern.compile("q(\\d{1,3})");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static QuizAnswersForm fromFields(Map<String, Object> fields) {
        Map<Integer, Set<String>> byQuestion = new HashMap<>();
        fields.forEach((name, value) -> {
            Matcher question = QUESTION.matcher(name);
            if (question.matches()) {
                Set<String> chosen = byQuestion.computeIfAbsent(Integer.parseInt(question.group(1)), k -> new HashSet<>());
                switch (value) {
                    case Map<?, ?> ticked -> ticked.keySet().forEach(key -> chosen.add(key.toString()));
                    case Collection<?> radio -> radio.forEach(key -> chosen.add(String.valueOf(key)));
                    case null -> { }
                    default -> chosen.add(value.toString());
                }
            }
        });
        return new QuizAnswersForm(new QuizAnswers(byQuestion));
    }
}
