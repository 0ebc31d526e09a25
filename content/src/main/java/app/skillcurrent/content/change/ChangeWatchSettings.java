package app.skillcurrent.content.change;

import app.skillcurrent.content.support.validation.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * {@code app.content-changes.*}, read when the application starts.
 *
 * @param pollInterval how often this server looks whether another one changed published content; the longest a
 *                     publication, platform change or review made elsewhere takes to show in this server's catalogue
 *                     and freshness badges (one indexed one-row read each time)
 */
@Context
@ConfigurationProperties("app.content-changes")
record ChangeWatchSettings(
        @Bindable(defaultValue = "500ms")
        @NotNull(message = "app.content-changes.poll-interval must be set")
        @PositiveDuration(message = "app.content-changes.poll-interval must be a positive duration such as 500ms, not {validatedValue}")
        Duration pollInterval) {
}
