package app.skillcurrent.core.progress;

import io.micronaut.core.annotation.Nullable;

/** A learning task's saved state for one learner. */
public record TaskState(int index, boolean done, @Nullable String reflection) {
}
