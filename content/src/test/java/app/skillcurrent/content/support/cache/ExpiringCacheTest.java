package app.skillcurrent.content.support.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringCacheTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final AtomicLong nanos = new AtomicLong();
    private final Cache<String, String> entries = Caffeine.newBuilder()
            .maximumSize(3).expireAfterWrite(TTL).ticker(nanos::get).executor(Runnable::run).build();
    private final ExpiringCache<String, String> cache = new ExpiringCache<>(entries);
    private final List<Collection<String>> loads = new ArrayList<>();

    @Test
    void keepsAValueForItsTimeToLive() {
        assertThat(cache.get("a", k -> load(k, "1"))).isEqualTo("a1");
        advance(TTL.minusSeconds(1));
        assertThat(cache.get("a", k -> load(k, "2"))).isEqualTo("a1");
        advance(Duration.ofSeconds(1));
        assertThat(cache.get("a", k -> load(k, "3"))).as("read again once its time is up").isEqualTo("a3");
        assertThat(loads).hasSize(2);
    }

    @Test
    void loadsOnlyTheMissingKeysAndAllOfThemAtOnce() {
        cache.get("a", k -> load(k, "1"));
        Map<String, String> all = cache.getAll(List.of("a", "b", "c"), keys -> loadAll(keys, "2"));
        assertThat(all).isEqualTo(Map.of("a", "a1", "b", "b2", "c", "c2"));
        assertThat(loads.get(1)).containsExactly("b", "c");
    }

    @Test
    void keysTheLoadLeavesOutAreNeitherAnsweredNorKept() {
        assertThat(cache.getAll(List.of("a", "gone"), keys -> loadAll(List.of("a"), "1"))).isEqualTo(Map.of("a", "a1"));
        cache.getAll(List.of("gone"), keys -> loadAll(List.of(), "2"));
        assertThat(loads.subList(0, 2)).isEqualTo(List.of(List.of("a"), List.of()));
        cache.getAll(List.of("a", "gone"), keys -> {
            loads.add(List.copyOf(keys));
            return Map.of();
        });
        assertThat(loads.get(2)).as("the key left out is asked for again, the kept one is not").containsExactly("gone");
    }

    @Test
    void aClearForgetsEverything() {
        cache.get("a", k -> load(k, "1"));
        cache.clear();
        assertThat(cache.get("a", k -> load(k, "2"))).isEqualTo("a2");
    }

    @Test
    void valuesReadWhileTheCacheWasClearedAreReturnedButNotKept() {
        // the change commits (and clears) after this load read its rows but before it stored them
        String returned = cache.get("a", k -> {
            String value = load(k, "old");
            cache.clear();
            return value;
        });
        assertThat(returned).as("the caller still gets an answer").isEqualTo("aold");
        assertThat(entries.asMap()).as("nothing from before the change is kept").isEmpty();
        assertThat(cache.get("a", k -> load(k, "new"))).as("the next caller reads the changed rows").isEqualTo("anew");
    }

    @Test
    void aBulkLoadThatRanDuringAClearKeepsNoneOfItsValues() {
        cache.get("kept", k -> load(k, "1"));
        Map<String, String> returned = cache.getAll(List.of("a", "b"), keys -> {
            Map<String, String> values = loadAll(keys, "old");
            cache.clear();
            return values;
        });
        assertThat(returned).isEqualTo(Map.of("a", "aold", "b", "bold"));
        assertThat(entries.asMap()).isEmpty();
    }

    @Test
    void neverHoldsMoreThanItsMaximumSize() {
        cache.getAll(List.of("a", "b", "c", "d", "e"), keys -> loadAll(keys, "1"));
        entries.cleanUp();
        assertThat(entries.estimatedSize()).isEqualTo(3);
    }

    @Test
    void countsHitsAndMissesWhenTheCacheRecordsThem() {
        Cache<String, String> recorded = Caffeine.newBuilder().maximumSize(3).recordStats().build();
        ExpiringCache<String, String> counted = new ExpiringCache<>(recorded);
        counted.get("a", k -> load(k, "1"));
        counted.get("a", k -> load(k, "2"));
        counted.getAll(List.of("a", "b"), keys -> loadAll(keys, "3"));
        assertThat(recorded.stats().hitCount()).isEqualTo(2);
        assertThat(recorded.stats().missCount()).isEqualTo(2);
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
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
}
