package app.skillcurrent.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Decides whether a remembered address is a path on this site that a browser may be sent to. Browsers are
 * generous with what they treat as another host: {@code //host}, {@code /\host} (a backslash counts as a
 * slash), and either of those with a tab or line break inside (which they drop before resolving), so only a
 * plain relative path of printable ASCII without a backslash and without a second leading slash passes.
 */
public final class SameOriginPaths {

    /** Longer than any path the site has; a longer value is not one of its own. */
    static final int MAX_LENGTH = 2000;

    private SameOriginPaths() {
    }

    /** The path, when it is one on this site; empty for anything else, including null. */
    public static Optional<URI> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/'
                || (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\'))) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            // printable ASCII only: no spaces, control characters, backslashes or unencoded non-ASCII
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.isOpaque()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
