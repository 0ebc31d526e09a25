package app.skillcurrent.content.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values read from data that can change, kept for a short time: changes made on this server {@link #clear()}
 * it at once, those made on another server show within the time to live. A value that was being read while
 * the cache was cleared may come from before the change, so it is returned but not kept. Bounded: more
 * distinct keys than the limit only start it afresh (the common keys are few), it never grows unbounded.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant loadedAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts the clears, so a load can tell whether one happened while it ran. */
    private final AtomicLong generation = new AtomicLong();
    private final Duration timeToLive;
    private final int maxEntries;
    private final Clock clock;

    public ExpiringCache(Duration timeToLive, int maxEntries, Clock clock) {
        if (timeToLive.isNegative() || timeToLive.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("time to live and size must be positive: " + timeToLive + ", " + maxEntries);
        }
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The kept value, or the loaded one. */
    public V get(K key, Function<K, V> load) {
        return getAll(List.of(key), missing -> Map.of(key, load.apply(key))).get(key);
    }

    /**
     * The kept values of these keys, the others loaded together by one call. Keys the load leaves out are
     * left out of the answer and are not kept.
     */
    public Map<K, V> getAll(Collection<K> keys, Function<Collection<K>, Map<K, V>> load) {
        Instant now = clock.instant();
        Map<K, V> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            Entry<V> entry = entries.get(key);
            if (entry != null && Duration.between(entry.loadedAt(), now).compareTo(timeToLive) < 0) {
                found.put(key, entry.value());
            } else {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long loadedIn = generation.get();
        Map<K, V> loaded = load.apply(missing);
        if (entries.size() + loaded.size() > maxEntries) {
            entries.clear();
        }
        loaded.forEach((key, value) -> entries.put(key, new Entry<>(value, now)));
        if (generation.get() != loadedIn) {
            // cleared while loading: what was just put may be from before the change, and the clear missed it
            loaded.keySet().forEach(entries::remove);
        }
        found.putAll(loaded);
        return found;
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
