package app.skillcurrent.web.security;

import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's own settings are checked at start-up like core's: a wrong one stops it, naming the key. */
class ValidatedSessionsConfigurationTest implements DatabaseTest {

    @Test
    void aSizeThatHoldsNothingStopsTheStart() {
        Map<String, Object> settings = new HashMap<>(getProperties());
        settings.put("app.validated-sessions.maximum-size", "0");
        assertThatThrownBy(() -> ApplicationContext.run(settings).close())
                .hasStackTraceContaining("app.validated-sessions.maximum-size must be a whole number above 0, not 0");
    }
}
