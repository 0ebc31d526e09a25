package app.skillcurrent.content.revision;

import io.micronaut.serde.annotation.Serdeable;

/** An answer option; {@code key} stays the same across revisions so answers and diffs can refer to it. */
@Serdeable
public record QuizOption(String key, String text, boolean correct) {
}
