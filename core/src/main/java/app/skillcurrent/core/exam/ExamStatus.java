package app.skillcurrent.core.exam;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Optional;

/** Where a learner stands with the exam of their course version. */
public record ExamStatus(boolean lessonsComplete, int attemptsUsed, int attemptsAllowed, boolean passed,
                         @Nullable Integer bestScore, @Nullable Instant nextAttemptAt, Optional<ExamAttempt> open) {

    public boolean canStart(Instant now) {
        return open.isPresent() || (lessonsComplete && !passed && attemptsUsed < attemptsAllowed
                && (nextAttemptAt == null || !now.isBefore(nextAttemptAt)));
    }
}
