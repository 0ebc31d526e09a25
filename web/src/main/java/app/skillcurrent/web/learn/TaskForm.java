package app.skillcurrent.web.learn;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.core.progress.Progress;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * One learning task as its form on the lesson page sends it: the tick of a check task ({@code done}, "on"
 * when ticked), or the text of a reflection task.
 */
@Serdeable
@Introspected
record TaskForm(@Nullable String done,
                @Size(max = Progress.MAX_REFLECTION, message = "error.learn.reflectionTooLong") @Label("learn.tasks") @Nullable String reflection) {

    /** Space around a reflection is not part of it; the limit counts what is kept. */
    TaskForm {
        reflection = reflection == null ? null : reflection.strip();
    }

    boolean ticked() {
        return "on".equals(done);
    }
}
