package app.skillcurrent.content.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A lesson's stable identity and its working copy. {@code position} orders the course draft (null: removed
 * from the draft); {@code draftVersion} detects two people saving the same draft.
 */
@MappedEntity("lessons")
public record LessonDraft(@Id @GeneratedValue @Nullable Long id, long courseId, @Nullable Integer position,
                          String title, String body, int minutes, String tasksJson, String quizJson,
                          String topicsJson, int draftVersion, long updatedBy, Instant updatedAt, Instant createdAt) {
}
