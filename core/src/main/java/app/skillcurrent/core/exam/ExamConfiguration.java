package app.skillcurrent.core.exam;

import app.skillcurrent.content.support.validation.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Exam settings, {@code app.exam.*}, read when the application starts (defaults in application.yml); a missing
 * or wrong value stops it with the key in the message.
 *
 * @param cooldown how long after a submitted attempt the next one may start; renewal quizzes are spaced the same
 */
@Context
@ConfigurationProperties("app.exam")
public record ExamConfiguration(
        @NotNull(message = "app.exam.cooldown must be set")
        @PositiveDuration(orZero = true, message = "app.exam.cooldown must be 0s or a positive duration such as 10m, not {validatedValue}")
        Duration cooldown) {
}
