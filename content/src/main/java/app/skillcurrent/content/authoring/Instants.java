package app.skillcurrent.content.authoring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as the database keeps them (microseconds), so what is written reads back equal. */
final class Instants {

    private Instants() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
