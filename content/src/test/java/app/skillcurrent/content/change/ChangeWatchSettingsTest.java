package app.skillcurrent.content.change;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How often a server looks for other servers' content changes: half a second unless set, never zero. */
class ChangeWatchSettingsTest {

    @Test
    void looksEveryHalfSecondUnlessTold() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getBean(ChangeWatchSettings.class).pollInterval()).isEqualTo(Duration.ofMillis(500));
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("app.content-changes.poll-interval", "2s"))) {
            assertThat(context.getBean(ChangeWatchSettings.class).pollInterval()).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void aWrongIntervalStopsTheStartWithItsKey() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("app.content-changes.poll-interval", "0s")).close())
                .satisfies(e -> assertThat(messages(e))
                        .contains("app.content-changes.poll-interval must be a positive duration such as 500ms, not PT0S"));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
