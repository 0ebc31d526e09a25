package app.skillcurrent.core.learningtime;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** Time one learner spent in lessons on one UTC day. */
@Introspected
public record DailySeconds(long userId, LocalDate day, long seconds) {
}
