package app.skillcurrent.content.render;

import app.skillcurrent.content.support.cache.ImmutableCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Renderers for tests, each with a cache of its own. */
final class Renderers {

    private Renderers() {
    }

    static MarkdownRenderer renderer() {
        return renderer(cache(1_000));
    }

    static MarkdownRenderer renderer(Cache<Long, String> cache) {
        return new MarkdownRenderer(new ImmutableCache<>(cache));
    }

    /** Evicts on the calling thread, so its size is exact after {@link Cache#cleanUp()}. */
    static Cache<Long, String> cache(long maximumSize) {
        return Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
    }
}
