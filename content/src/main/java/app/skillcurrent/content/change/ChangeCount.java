package app.skillcurrent.content.change;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row of {@code content_changes}: how many changes to published content have committed so far. */
@MappedEntity("content_changes")
record ChangeCount(@Id short id, long changes) {
}
