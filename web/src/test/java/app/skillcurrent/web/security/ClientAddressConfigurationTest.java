package app.skillcurrent.web.security;

import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A trusted proxy that is not an address or a range, or an unknown header, stops the start naming the key. */
class ClientAddressConfigurationTest implements DatabaseTest {

    @Test
    void aProxyThatIsNotAnAddressStopsTheStart() {
        assertStartFails("app.client-address.trusted-proxies", "10.0.0.0/8,proxy.example.com",
                "app.client-address.trusted-proxies must list IP addresses or CIDR ranges such as 10.0.0.0/8, not proxy.example.com");
        assertStartFails("app.client-address.trusted-proxies", "10.0.0.0/33",
                "app.client-address.trusted-proxies must list IP addresses or CIDR ranges such as 10.0.0.0/8, not 10.0.0.0/33");
        assertStartFails("app.client-address.forwarded-header", "X-Real-IP",
                "app.client-address.forwarded-header must be X-Forwarded-For or Forwarded, not X-Real-IP");
    }

    private void assertStartFails(String key, String value, String message) {
        Map<String, Object> settings = new HashMap<>(getProperties());
        settings.put(key, value);
        assertThatThrownBy(() -> ApplicationContext.run(settings).close()).hasStackTraceContaining(message);
    }
}
