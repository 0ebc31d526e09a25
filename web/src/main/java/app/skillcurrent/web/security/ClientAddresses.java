package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The address a request comes from, as far as the server can know it. By default that is the connection's
 * peer: forwarding headers are written by whoever sends the request, so taking them on trust would let a
 * guesser appear as a new client on every attempt. Only when the peer is one of the configured trusted proxies
 * ({@code app.client-address.trusted-proxies}) is the configured header read, from its right end (what the
 * nearest proxy added) leftwards past further trusted proxies; the first address that is not a trusted proxy
 * is the client. A hop that is not an IP address, or a header longer than any honest chain, ends the walk at
 * the last proxy that was trusted, so a malformed header is counted against that proxy rather than escaping.
 * Takes the place of the framework's resolver, which believes the headers of anyone.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddresses implements HttpClientAddressResolver {

    /** A chain of 20 proxies' IPv6 addresses fits; a longer header is not one the proxies wrote. */
    static final int MAX_HEADER_LENGTH = 1024;

    private final List<AddressRange> trusted;
    private final String header;

    ClientAddresses(ClientAddressConfiguration configuration) {
        this.trusted = configuration.ranges();
        this.header = configuration.forwardedHeader();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public String resolve(@NonNull HttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null) {
            return remote == null ? "unknown" : remote.getHostString();
        }
        InetAddress client = peer;
        if (isTrusted(peer)) {
            List<String> hops = hops(request);
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = IpAddresses.parse(hops.get(i));
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get();
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return IpAddresses.canonical(client);
    }

    private boolean isTrusted(InetAddress address) {
        for (AddressRange range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The addresses the header names, leftmost first; none when it is missing or too long to be honest. */
    private List<String> hops(HttpRequest<?> request) {
        String joined = String.join(",", request.getHeaders().getAll(header));
        if (joined.isEmpty() || joined.length() > MAX_HEADER_LENGTH) {
            return List.of();
        }
        List<String> hops = new ArrayList<>();
        for (String element : joined.split(",", -1)) {
            hops.add(header.equals("Forwarded") ? forwardedFor(element) : element.strip());
        }
        return hops;
    }

    /** The address in an RFC 7239 element's {@code for=} parameter, without quotes, brackets and port. */
    static String forwardedFor(String element) {
        for (String pair : element.split(";", -1)) {
            String trimmed = pair.strip();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("for=")) {
                String value = trimmed.substring(4);
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.startsWith("[")) {
                    int close = value.indexOf(']');
                    return close < 0 ? "" : value.substring(1, close);
                }
                int colon = value.indexOf(':');
                // an IPv4 address with a port; an IPv6 address here must have been in brackets
                return colon >= 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
            }
        }
        return "";
    }
}
