package app.skillcurrent.core.progress;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** Rows of the progress tables, read through {@link ProgressRepository}. */
final class ProgressRows {

    private ProgressRows() {
    }

    @Introspected
    record CompletedBy(long userId, long lessonId, long lessonRevisionId) {
    }

    enum Kind { COMPLETED, TASK, ANSWER }

    /**
     * One row of {@link ProgressRepository#saved}: a completed lesson; a task (its index, flag = 1 when done,
     * text = the reflection); or a quiz answer (its question key, flag = 1 when correct, text = the chosen
     * option keys, comma-separated).
     */
    @Introspected
    record Saved(Kind kind, long lessonId, long lessonRevisionId, int taskIndex, @Nullable String questionKey, int flag,
                 @Nullable String text) {
    }
}
