package app.skillcurrent.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests can move, for behaviour that depends on time passing (heartbeats, cooldowns). A test class
 * switches it on by adding {@link #ENABLED} to its properties; every other test uses the real clock.
 */
public final class TestClock extends Clock {

    public static final Map<String, String> ENABLED = Map.of("test.clock", "movable");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-18T10:00:00Z"));

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Factory
    @Requires(property = "test.clock", value = "movable")
    static class Installer {
        @Singleton
        @Replaces(Clock.class)
        TestClock clock() {
            return new TestClock();
        }
    }
}
