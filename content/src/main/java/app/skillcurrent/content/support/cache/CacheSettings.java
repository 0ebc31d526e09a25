package app.skillcurrent.content.support.cache;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;

import java.time.Duration;
import java.util.Optional;

/**
 * The bounds of one named cache, {@code app.caches.<name>.*}: at most {@code maximum-size} entries, each kept
 * for {@code expire-after-write} (a duration such as {@code 30s}) after it was stored, or until evicted for
 * space when that is left out. Read when the application starts, so a wrong value stops it with the whole key
 * in the message. The checks are made here rather than by constraint annotations because only the record knows
 * its name; the time to live is bound as text because an optional duration that does not convert would
 * otherwise be taken as left out, and the cache would keep its entries for good.
 */
@Context
@EachProperty("app.caches")
public record CacheSettings(@Parameter String name, long maximumSize, @Nullable String expireAfterWrite) {

    public CacheSettings {
        if (maximumSize < 1) {
            throw new IllegalArgumentException(key(name, "maximum-size") + " must be a whole number above 0, not " + maximumSize);
        }
        timeToLive(name, expireAfterWrite);
    }

    /** How long an entry is kept after it was stored; empty when it is kept until evicted for space. */
    public Optional<Duration> timeToLive() {
        return timeToLive(name, expireAfterWrite);
    }

    private static Optional<Duration> timeToLive(String name, @Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Duration> duration = ConversionService.SHARED.convert(text, Duration.class).filter(Duration::isPositive);
        if (duration.isEmpty()) {
            throw new IllegalArgumentException(key(name, "expire-after-write")
                    + " must be a positive duration such as 30s, or left out to keep entries until evicted for space, not "
                    + text);
        }
        return duration;
    }

    private static String key(String name, String setting) {
        return "app.caches." + name + "." + setting;
    }
}
