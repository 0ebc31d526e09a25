package app.skillcurrent.core.progress;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** Rows of the progress tables, read through {@link ProgressRepository}. */
final class ProgressRows {

    private ProgressRows() {
    }

    @Introspected
    record Completed(long lessonId, long lessonRevisionId, Instant completedAt) {
    }

    @Introspected
    record Task(long lessonId, int taskIndex, long lessonRevisionId, boolean done, @Nullable String reflection) {
    }

    @Introspected
    record Answer(long lessonId, String questionKey, long lessonRevisionId, String chosen, boolean correct) {
    }
}
