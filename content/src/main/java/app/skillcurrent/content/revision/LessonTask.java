package app.skillcurrent.content.revision;

import io.micronaut.serde.annotation.Serdeable;

/** One of a lesson's (at most four) learning tasks. */
@Serdeable
public record LessonTask(TaskKind kind, String text) {
}
