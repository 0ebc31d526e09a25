package app.skillcurrent.web.security;

import app.skillcurrent.content.support.validation.OneOf;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Whose word the server takes for a client's address, {@code app.client-address.*}, read when the application
 * starts (defaults in application.yml); a missing or wrong value stops it with the key in the message.
 *
 * @param trustedProxies  addresses or CIDR ranges of the reverse proxies in front of the server; empty (the
 *                        default) means clients connect directly and every forwarding header is ignored
 * @param forwardedHeader the header those proxies write the client's address into, {@code X-Forwarded-For}
 *                        or {@code Forwarded} (RFC 7239); the other one is ignored, whoever sends it
 */
@Context
@ConfigurationProperties("app.client-address")
record ClientAddressConfiguration(
        @NotNull(message = "app.client-address.trusted-proxies must be set, [] for none")
        List<String> trustedProxies,
        @NotNull(message = "app.client-address.forwarded-header must be set")
        @OneOf(value = {"X-Forwarded-For", "Forwarded"},
                message = "app.client-address.forwarded-header must be X-Forwarded-For or Forwarded, not {validatedValue}")
        String forwardedHeader) {

    ClientAddressConfiguration {
        if (trustedProxies != null) {
            for (String proxy : trustedProxies) {
                if (AddressRange.parse(proxy).isEmpty()) {
                    throw new ConfigurationException("app.client-address.trusted-proxies must list IP addresses or CIDR ranges "
                            + "such as 10.0.0.0/8, not " + proxy);
                }
            }
        }
    }

    List<AddressRange> ranges() {
        return trustedProxies.stream().map(proxy -> AddressRange.parse(proxy).orElseThrow()).toList();
    }
}
