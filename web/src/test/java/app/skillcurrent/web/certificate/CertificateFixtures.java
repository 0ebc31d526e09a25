package app.skillcurrent.web.certificate;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * What certificate tests add to the shared fixtures (core's {@code CoreFixtures} makes the courses, learners
 * and graduates): a server whose public address is the one it listens on.
 */
final class CertificateFixtures {

    private CertificateFixtures() {
    }

    /**
     * A fixed free port and the matching public URL, so links inside credentials and QR codes point at the
     * server under test.
     */
    static Map<String, String> serverWithPublicUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            return Map.of("micronaut.server.port", String.valueOf(port), "app.public-url", "http://localhost:" + port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
