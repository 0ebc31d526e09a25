package app.skillcurrent.content.support.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micronaut.cache.SyncCache;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Values derived from published revisions (whole revisions, rendered HTML), kept in a bounded Caffeine cache.
 * Revisions never change, so entries are only ever evicted for space, never invalidated, and every server can
 * keep its own copy. Reads take no lock, and a revision is held as one instance: when two threads compute the
 * same one, the first stored wins and both get it.
 */
public final class ImmutableCache<K, V> {

    private final Cache<K, V> entries;

    public ImmutableCache(Cache<K, V> entries) {
        this.entries = entries;
    }

    /** Over the named cache of Micronaut's cache module ({@code app.caches.<name>}). */
    public static <K, V> ImmutableCache<K, V> of(SyncCache<?> named) {
        return new ImmutableCache<>(NamedCaches.caffeine(named));
    }

    /**
     * The kept value, or the computed one. Computing happens outside any lock, so one slow render stalls no
     * other page.
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V hit = entries.getIfPresent(key);
        return hit != null ? hit : keep(key, compute.apply(key));
    }

    /** The kept values of those keys that are kept (the caller loads the others in bulk and {@link #keep}s them). */
    public Map<K, V> getAllPresent(Collection<K> keys) {
        return entries.getAllPresent(keys);
    }

    /** Keeps the value unless one is kept already, and returns the one kept, so callers share one instance. */
    public V keep(K key, V value) {
        V raced = entries.asMap().putIfAbsent(key, value);
        return raced != null ? raced : value;
    }
}
