package app.skillcurrent.content.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used map for values derived from published revisions (rendered HTML, whole
 * revisions). Revisions never change, so entries are only ever evicted for space, never invalidated, and
 * every server can keep its own copy.
 */
public final class ImmutableCache<V> {

    private final Map<Long, V> entries;

    public ImmutableCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Returns the cached value or computes it. Computing happens outside the lock so one slow render
     * does not stall every other page; if two threads race, the first stored value wins so callers
     * always see one instance per revision.
     */
    public V computeIfAbsent(long revisionId, Supplier<V> compute) {
        synchronized (entries) {
            V hit = entries.get(revisionId);
            if (hit != null) {
                return hit;
            }
        }
        V computed = compute.get();
        synchronized (entries) {
            V raced = entries.putIfAbsent(revisionId, computed);
            return raced != null ? raced : computed;
        }
    }

    /** The value if cached, else null (misses are then loaded in bulk by the caller). */
    public V getIfPresent(long revisionId) {
        synchronized (entries) {
            return entries.get(revisionId);
        }
    }

    public void put(long revisionId, V value) {
        synchronized (entries) {
            entries.putIfAbsent(revisionId, value);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
