package app.skillcurrent.content.support.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micronaut.cache.CacheConfiguration;
import io.micronaut.cache.SyncCache;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.runtime.ApplicationConfiguration;

/**
 * Turns each {@code app.caches.<name>} into the configuration of a cache of Micronaut's cache module, which then
 * makes a Caffeine-backed {@code SyncCache} bean of that name; with metrics on, the module publishes its hits,
 * misses and evictions ({@code cache_gets_total{cache="<name>"}} and so on at {@code /prometheus}).
 */
@Factory
class NamedCaches {

    @EachBean(CacheSettings.class)
    CacheConfiguration configuration(CacheSettings settings, ApplicationConfiguration application) {
        CacheConfiguration configuration = new CacheConfiguration(settings.name(), application);
        configuration.setMaximumSize(settings.maximumSize());
        configuration.setExpireAfterWrite(settings.timeToLive().orElse(null));
        configuration.setRecordStats(true);
        return configuration;
    }

    /** The Caffeine cache behind a named cache, typed as its user stores it. */
    @SuppressWarnings("unchecked")
    static <K, V> Cache<K, V> caffeine(SyncCache<?> cache) {
        if (!(cache.getNativeCache() instanceof Cache<?, ?> caffeine)) {
            throw new IllegalArgumentException("cache " + cache.getName() + " is not a Caffeine cache: " + cache.getNativeCache());
        }
        // a named cache has one user, which alone decides what it holds
        return (Cache<K, V>) caffeine;
    }
}
