package app.skillcurrent.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals, read strictly and never looked up: text that is not an IPv4 dotted quad or an IPv6
 * literal (no zone, no host names) is not an address. {@code InetAddress.getByName} would resolve a name.
 */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {
    }

    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (IPV4.matcher(text).matches()) {
                String[] parts = text.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    bytes[i] = (byte) Integer.parseInt(parts[i]);
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
                // a text with a colon is only ever parsed as an IPv6 literal, never looked up
                return Optional.of(InetAddress.getByName(text));
            }
        } catch (UnknownHostException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The canonical text of an address: dotted IPv4, or IPv6 as eight groups without a zone. */
    static String canonical(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return zone >= 0 ? text.substring(0, zone) : text;
    }
}
