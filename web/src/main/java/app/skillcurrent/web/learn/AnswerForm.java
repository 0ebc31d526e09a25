package app.skillcurrent.web.learn;

import app.skillcurrent.content.support.Label;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An answer to one quiz question of a lesson as its form sends it: the option keys chosen. A question with one
 * right option is a radio group {@code choice} whose value is the option's key; one with several right options
 * has a checkbox {@code option.<key>} per option, sent only when ticked, which the form binding hands over as
 * {@code option} holding the ticked keys.
 */
@Serdeable.Deserializable
@Introspected
record AnswerForm(@NotEmpty(message = "error.learn.chooseAnswer") @Label("learn.quiz") Set<String> chosen) {

    AnswerForm {
        chosen = Set.copyOf(chosen);
    }

    @JsonCreator
    static AnswerForm of(@Nullable String choice, @Nullable Map<String, String> option) {
        Set<String> chosen = new HashSet<>();
        if (choice != null) {
            chosen.add(choice);
        }
        if (option != null) {
            chosen.addAll(option.keySet());
        }
        return new AnswerForm(chosen);
    }
}
