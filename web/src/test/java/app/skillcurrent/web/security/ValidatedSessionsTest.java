package app.skillcurrent.web.security;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session token is validated once and remembered; nothing about that lets an altered or expired token in. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidatedSessionsTest implements DatabaseTest {

    private static final String SECURED = "/profile";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    TokenGenerator tokens;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aRememberedSessionDoesNotLetAlteredTokensIn() {
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, "remembered@example.com", "Rem", "en");
        Accounts.signUp(new WebSession(server.getURI()), "other-person@example.com", "Other", "en");
        String token = session.cookie("session").orElseThrow();
        assertEquals(200, withSession(token).statusCode());
        assertEquals(200, withSession(token).statusCode(), "remembered");

        String[] parts = token.split("\\.");
        String signature = parts[2];
        // The first character carries six bits of the signature; the last one's low bits are only base64
        // padding, which a decoder may ignore, so changing it would not always change the signature.
        char first = signature.charAt(0);
        String otherSignature = (first == 'A' ? 'B' : 'A') + signature.substring(1);
        assertSignedOut(withSession(parts[0] + "." + parts[1] + "." + otherSignature), "a changed signature");

        String otherId = accounts.findByEmail("other-person@example.com").orElseThrow().publicId();
        String payload = payloadOf(token);
        String mine = accounts.findByEmail("remembered@example.com").orElseThrow().publicId();
        assertTrue(payload.contains(mine));
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(mine, otherId).getBytes(StandardCharsets.UTF_8));
        assertSignedOut(withSession(parts[0] + "." + forgedPayload + "." + signature), "another person's id under my signature");

        assertEquals(200, withSession(token).statusCode(), "the real token still works");
    }

    @Test
    void aRememberedSessionEndsWhenItsTokenExpires() {
        WebSession signedUp = new WebSession(server.getURI());
        Accounts.signUp(signedUp, "short-lived@example.com", "Short", "en");
        // the first signed-in page of a fresh server is slow (beans, templates); the token below must outlive it
        assertEquals(200, withSession(signedUp.cookie("session").orElseThrow()).statusCode());
        String publicId = accounts.findByEmail("short-lived@example.com").orElseThrow().publicId();
        // "exp" is in whole seconds, so this token lives between 4 and 5 seconds
        String token = tokens.generateToken(Authentication.build(publicId, List.of(), Map.of()), 5).orElseThrow();
        assertEquals(200, withSession(token).statusCode());

        waitUntilSystemClockPasses(expiryOf(token));
        assertSignedOut(withSession(token), "an expired token, although it was valid when first seen");
    }

    private static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The token's own "exp" claim (whole seconds). */
    private static Instant expiryOf(String token) {
        String payload = payloadOf(token);
        Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(payload);
        assertTrue(exp.find(), payload);
        return Instant.ofEpochSecond(Long.parseLong(exp.group(1)));
    }

    /** The token validator compares "exp" with the system clock at second precision: wait until it is past. */
    private static void waitUntilSystemClockPasses(Instant expiry) {
        Instant after = expiry.plusSeconds(1);
        while (Instant.now().isBefore(after)) {
            LockSupport.parkUntil(after.toEpochMilli());
        }
    }

    private HttpResponse<String> withSession(String token) {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(SECURED))
                .header("Cookie", "session=" + token).header("Accept", "text/html").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertSignedOut(HttpResponse<String> response, String what) {
        assertEquals(303, response.statusCode(), what + " must not be signed in");
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/signin"), what);
    }
}
