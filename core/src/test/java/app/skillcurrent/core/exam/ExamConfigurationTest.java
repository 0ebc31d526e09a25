package app.skillcurrent.core.exam;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static app.skillcurrent.core.support.Settings.assertStartFails;
import static app.skillcurrent.core.support.Settings.assertStartFailsWithout;
import static app.skillcurrent.core.support.Settings.start;
import static org.assertj.core.api.Assertions.assertThat;

class ExamConfigurationTest {

    @Test
    void theCooldownIsADurationAndMayBeZero() {
        try (ApplicationContext context = start(Map.of("app.exam.cooldown", "90s"))) {
            assertThat(context.getBean(ExamConfiguration.class).cooldown()).isEqualTo(Duration.ofSeconds(90));
        }
        try (ApplicationContext context = start(Map.of("app.exam.cooldown", "0s"))) {
            assertThat(context.getBean(ExamConfiguration.class).cooldown()).as("no wait at all").isZero();
        }
    }

    @Test
    void aWrongCooldownStopsTheStartWithItsKey() {
        assertStartFails(Map.of("app.exam.cooldown", "-10m"),
                "app.exam.cooldown must be 0s or a positive duration such as 10m, not PT-10M");
        assertStartFails(Map.of("app.exam.cooldown", "soon"), "app.exam.cooldown");
        assertStartFailsWithout("app.exam.cooldown");
    }
}
