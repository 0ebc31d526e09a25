package app.skillcurrent.web.privacy;

import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the installation's terms are is checked at start-up: a wrong value stops it, naming the key. */
class LegalTextsConfigurationTest implements DatabaseTest {

    @Test
    void aTermsLinkThatIsNeitherAPathNorAWebAddressStopsTheStart() {
        Map<String, Object> settings = new HashMap<>(getProperties());
        settings.put("app.legal.terms-url", "//elsewhere.example/terms");
        assertThatThrownBy(() -> ApplicationContext.run(settings).close())
                .hasStackTraceContaining("app.legal.terms-url must be a path on this server such as /legal/terms/{language}, or an http(s) URL, not //elsewhere.example/terms");
    }

    @Test
    void aMissingVersionStopsTheStart() {
        Map<String, Object> settings = new HashMap<>(getProperties());
        settings.put("app.legal.version", "");
        assertThatThrownBy(() -> ApplicationContext.run(settings).close())
                .hasStackTraceContaining("app.legal.version must be set");
    }
}
