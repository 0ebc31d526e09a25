package app.skillcurrent.content.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used map from revision id to rendered HTML.
 *
 * <p>Revisions never change, so entries are only ever evicted for space, never invalidated.
 */
final class RevisionCache {

    private final Map<Long, String> entries;

    RevisionCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Returns the cached value or computes it. Computing happens outside the lock so one slow render
     * does not stall every other page; if two threads race, the first stored value wins so callers
     * always see one instance per revision.
     */
    String computeIfAbsent(long revisionId, Supplier<String> compute) {
        synchronized (entries) {
            String hit = entries.get(revisionId);
            if (hit != null) {
                return hit;
            }
        }
        String computed = compute.get();
        synchronized (entries) {
            String raced = entries.putIfAbsent(revisionId, computed);
            return raced != null ? raced : computed;
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
