package app.skillcurrent.content.support.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Policy;
import io.micronaut.cache.SyncCache;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each {@code app.caches.<name>} becomes a Caffeine cache of that name; a wrong value stops the start. */
class CacheSettingsTest {

    @Test
    void eachEntryIsANamedCaffeineCacheWithItsBoundsThatRecordsStatistics() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "app.caches.catalogue.maximum-size", "10",
                "app.caches.catalogue.expire-after-write", "30s",
                "app.caches.lesson-revisions.maximum-size", "7"))) {
            Cache<Object, Object> catalogue = caffeine(context, "catalogue");
            assertThat(catalogue.policy().eviction().map(Policy.Eviction::getMaximum)).contains(10L);
            assertThat(catalogue.policy().expireAfterWrite().map(Policy.FixedExpiration::getExpiresAfter))
                    .contains(Duration.ofSeconds(30));
            assertThat(catalogue.policy().isRecordingStats()).isTrue();

            Cache<Object, Object> revisions = caffeine(context, "lesson-revisions");
            assertThat(revisions.policy().eviction().map(Policy.Eviction::getMaximum)).contains(7L);
            assertThat(revisions.policy().expireAfterWrite()).as("kept until evicted for space").isEmpty();
        }
    }

    @Test
    void aWrongValueStopsTheStartWithItsKey() {
        assertStartFails(Map.of("app.caches.catalogue.maximum-size", "0"),
                "app.caches.catalogue.maximum-size must be a whole number above 0, not 0");
        assertStartFails(Map.of("app.caches.catalogue.maximum-size", "many"),
                "app.caches.catalogue.maximum-size");
        assertStartFails(Map.of("app.caches.freshness.maximum-size", "5", "app.caches.freshness.expire-after-write", "-1s"),
                "app.caches.freshness.expire-after-write must be a positive duration such as 30s, or left out to keep entries until evicted for space, not -1s");
        assertStartFails(Map.of("app.caches.freshness.maximum-size", "5", "app.caches.freshness.expire-after-write", "a minute"),
                "app.caches.freshness.expire-after-write must be a positive duration");
        assertStartFails(Map.of("app.caches.freshness.expire-after-write", "60s"),
                "app.caches.freshness.maximum-size");
    }

    private static Cache<Object, Object> caffeine(ApplicationContext context, String name) {
        SyncCache<?> cache = context.getBean(SyncCache.class, Qualifiers.byName(name));
        assertThat(cache.getName()).isEqualTo(name);
        return NamedCaches.caffeine(cache);
    }

    private static void assertStartFails(Map<String, Object> settings, String message) {
        assertThatThrownBy(() -> ApplicationContext.run(settings).close())
                .as("starting with %s", settings)
                .satisfies(e -> assertThat(messages(e)).contains(message));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
