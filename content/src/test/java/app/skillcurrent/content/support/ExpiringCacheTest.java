package app.skillcurrent.content.support;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpiringCacheTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final MovableClock clock = new MovableClock();
    private final ExpiringCache<String, String> cache = new ExpiringCache<>(TTL, 3, clock);
    private final List<Collection<String>> loads = new ArrayList<>();

    @Test
    void keepsAValueForItsTimeToLive() {
        assertEquals("a1", cache.get("a", k -> load(k, "1")));
        clock.advance(TTL.minusSeconds(1));
        assertEquals("a1", cache.get("a", k -> load(k, "2")));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("a3", cache.get("a", k -> load(k, "3")), "read again once its time is up");
        assertEquals(2, loads.size());
    }

    @Test
    void loadsOnlyTheMissingKeysAndAllOfThemAtOnce() {
        cache.get("a", k -> load(k, "1"));
        Map<String, String> all = cache.getAll(List.of("a", "b", "c"), keys -> loadAll(keys, "2"));
        assertEquals(Map.of("a", "a1", "b", "b2", "c", "c2"), all);
        assertEquals(List.of("b", "c"), List.copyOf(loads.get(1)));
    }

    @Test
    void keysTheLoadLeavesOutAreNeitherAnsweredNorKept() {
        assertEquals(Map.of("a", "a1"), cache.getAll(List.of("a", "gone"), keys -> loadAll(List.of("a"), "1")));
        cache.getAll(List.of("gone"), keys -> loadAll(List.of(), "2"));
        assertEquals(List.of(List.of("a"), List.of()), loads.subList(0, 2));
        cache.getAll(List.of("a", "gone"), keys -> {
            loads.add(List.copyOf(keys));
            return Map.of();
        });
        assertEquals(List.of("gone"), loads.get(2), "the key left out is asked for again, the kept one is not");
    }

    @Test
    void aClearForgetsEverything() {
        cache.get("a", k -> load(k, "1"));
        cache.clear();
        assertEquals("a2", cache.get("a", k -> load(k, "2")));
    }

    @Test
    void valuesReadWhileTheCacheWasClearedAreReturnedButNotKept() {
        // the change commits (and clears) after this load read its rows but before it stored them
        String returned = cache.get("a", k -> {
            String value = load(k, "old");
            cache.clear();
            return value;
        });
        assertEquals("aold", returned, "the caller still gets an answer");
        assertEquals("anew", cache.get("a", k -> load(k, "new")), "the next caller reads the changed rows");
    }

    @Test
    void moreKeysThanTheLimitStartItAfresh() {
        cache.getAll(List.of("a", "b", "c"), keys -> loadAll(keys, "1"));
        cache.get("d", k -> load(k, "1"));
        assertEquals("a2", cache.get("a", k -> load(k, "2")), "the old keys were let go");
        assertEquals("d1", cache.get("d", k -> load(k, "2")), "the new one is kept");
    }

    @Test
    void refusesASizeOrTimeThatCannotHoldAnything() {
        assertThrows(IllegalArgumentException.class, () -> new ExpiringCache<>(Duration.ZERO, 1, clock));
        assertThrows(IllegalArgumentException.class, () -> new ExpiringCache<>(TTL, 0, clock));
    }

    private String load(String key, String version) {
        loads.add(List.of(key));
        return key + version;
    }

    private Map<String, String> loadAll(Collection<String> keys, String version) {
        loads.add(List.copyOf(keys));
        Map<String, String> values = new HashMap<>();
        keys.forEach(k -> values.put(k, k + version));
        return values;
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
