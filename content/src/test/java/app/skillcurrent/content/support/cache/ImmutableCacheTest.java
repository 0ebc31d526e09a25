package app.skillcurrent.content.support.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Values of revisions: kept for good within the size bound, one instance per revision. */
class ImmutableCacheTest {

    private final Cache<Long, Object> entries = Caffeine.newBuilder().maximumSize(3).executor(Runnable::run).build();
    private final ImmutableCache<Long, Object> cache = new ImmutableCache<>(entries);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void computesOnceAndKeeps() {
        Object first = cache.get(1L, this::compute);
        assertThat(cache.get(1L, this::compute)).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void whenTwoComputeTheSameRevisionBothGetTheFirstStored() {
        Object stored = new Object();
        // another reader stores the same revision while this one is still computing it
        Object returned = cache.get(1L, id -> {
            cache.keep(id, stored);
            return compute(id);
        });
        assertThat(returned).isSameAs(stored);
        assertThat(cache.get(1L, this::compute)).isSameAs(stored);
    }

    @Test
    void keepingReturnsTheInstanceAlreadyKept() {
        Object first = new Object();
        assertThat(cache.keep(1L, first)).isSameAs(first);
        assertThat(cache.keep(1L, new Object())).isSameAs(first);
    }

    @Test
    void answersThePresentOnesOfManyForTheCallerToLoadTheRest() {
        Object one = cache.keep(1L, new Object());
        Object three = cache.keep(3L, new Object());
        assertThat(cache.getAllPresent(List.of(1L, 2L, 3L))).isEqualTo(Map.of(1L, one, 3L, three));
    }

    @Test
    void neverHoldsMoreThanItsMaximumSize() {
        for (long id = 1; id <= 10; id++) {
            cache.get(id, this::compute);
        }
        entries.cleanUp();
        assertThat(entries.estimatedSize()).isEqualTo(3);
    }

    private Object compute(long id) {
        computed.incrementAndGet();
        return new Object();
    }
}
