package app.skillcurrent.core.exam;

import io.micronaut.serde.annotation.Serdeable;

/** A question drawn into an attempt, by the lesson revision it comes from and its stable key. */
@Serdeable
public record ExamQuestion(long lessonRevisionId, String questionKey) {
}
