package app.skillcurrent.content.support.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micronaut.cache.SyncCache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values read from data that can change, kept in a bounded Caffeine cache for its time to live: changes made on
 * this server {@link #clear()} it at once, those made on another server show within the time to live. A value
 * that was being read while the cache was cleared may come from before the change, so it is returned but not
 * kept.
 */
public final class ExpiringCache<K, V> {

    private final Cache<K, V> entries;
    /** Counts the clears, so a load can tell whether one happened while it ran. */
    private final AtomicLong generation = new AtomicLong();

    public ExpiringCache(Cache<K, V> entries) {
        this.entries = entries;
    }

    /** Over the named cache of Micronaut's cache module ({@code app.caches.<name>}). */
    public static <K, V> ExpiringCache<K, V> of(SyncCache<?> named) {
        return new ExpiringCache<>(NamedCaches.caffeine(named));
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
        Map<K, V> found = new HashMap<>(entries.getAllPresent(keys));
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            if (!found.containsKey(key)) {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long loadedIn = generation.get();
        Map<K, V> loaded = load.apply(missing);
        entries.putAll(loaded);
        if (generation.get() != loadedIn) {
            // cleared while loading: what was just put may be from before the change, and the clear missed it
            entries.invalidateAll(loaded.keySet());
        }
        found.putAll(loaded);
        return found;
    }

    public void clear() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
