package app.skillcurrent.web.security;

import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
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
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session token is validated once and remembered; nothing about that lets an altered or expired token in.
 * Time is the movable test clock, which writes and checks every token's "exp": it starts weeks behind the
 * system clock, so a token checked by system time would not work at all.
 */
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
    @Inject
    TestClock clock;
    @Inject
    MeterRegistry meters;
    @Inject
    AccessTokenConfiguration sessionTokens;

    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @Test
    void aRememberedSessionDoesNotLetAlteredTokensIn() {
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, "remembered@example.com", "Rem", "en");
        Accounts.signUp(new WebSession(server.getURI()), "other-person@example.com", "Other", "en");
        String token = session.cookie("session").orElseThrow();
        assertThat(expiryOf(token)).as("the session's exp, written with the application's clock")
                .isEqualTo(clock.instant().plusSeconds(sessionTokens.getExpiration()).truncatedTo(ChronoUnit.SECONDS));
        assertThat(withSession(token).statusCode()).isEqualTo(200);
        assertThat(withSession(token).statusCode()).as("remembered").isEqualTo(200);

        String[] parts = token.split("\\.");
        String signature = parts[2];
        // The first character carries six bits of the signature; the last one's low bits are only base64
        // padding, which a decoder may ignore, so changing it would not always change the signature.
        char first = signature.charAt(0);
        String otherSignature = (first == 'A' ? 'B' : 'A') + signature.substring(1);
        assertSignedOut(withSession(parts[0] + "." + parts[1] + "." + otherSignature), "a changed signature");

        String otherId = accounts.findByEmail("other-person@example.com").orElseThrow().publicId();
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String mine = accounts.findByEmail("remembered@example.com").orElseThrow().publicId();
        assertThat(payload).as("the token names its account").contains(mine);
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(mine, otherId).getBytes(StandardCharsets.UTF_8));
        assertSignedOut(withSession(parts[0] + "." + forgedPayload + "." + signature), "another person's id under my signature");

        assertThat(withSession(token).statusCode()).as("the real token still works").isEqualTo(200);
    }

    @Test
    void aRememberedSessionEndsWhenItsTokenExpires() {
        String token = tokenLasting(Duration.ofMinutes(1), "short-lived@example.com");
        Instant expiry = expiryOf(token);
        assertThat(expiry).as("exp, written with the application's clock")
                .isEqualTo(clock.instant().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
        assertThat(withSession(token).statusCode()).as("validated and remembered").isEqualTo(200);

        clock.advance(Duration.between(clock.instant(), expiry.minusSeconds(1)));
        double hitsBefore = rememberedTokensUsed();
        assertThat(withSession(token).statusCode()).as("a second before its exp").isEqualTo(200);
        assertThat(rememberedTokensUsed()).as("answered from memory").isEqualTo(hitsBefore + 1);

        clock.advance(Duration.ofSeconds(2));
        assertSignedOut(withSession(token), "a remembered token a second after its exp");
    }

    @Test
    void aTokenFirstSeenAfterItsExpIsRefused() {
        String token = tokenLasting(Duration.ofMinutes(1), "late@example.com");
        clock.advance(Duration.between(clock.instant(), expiryOf(token).plusSeconds(1)));
        assertSignedOut(withSession(token), "a token never seen before, a second after its exp");
    }

    /** A session token for a new account that expires after {@code lifetime}, as the sign-in makes them. */
    private String tokenLasting(Duration lifetime, String email) {
        Accounts.signUp(new WebSession(server.getURI()), email, "Short", "en");
        String publicId = accounts.findByEmail(email).orElseThrow().publicId();
        return tokens.generateToken(Authentication.build(publicId, List.of(), Map.of()), (int) lifetime.toSeconds()).orElseThrow();
    }

    /** The token's own "exp" claim (whole seconds). */
    private static Instant expiryOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (ParseException e) {
            throw new AssertionError("not a signed JWT: " + token, e);
        }
    }

    /** How often a request's token was found among the validated ones, as /prometheus publishes it. */
    private double rememberedTokensUsed() {
        return meters.get("cache.gets").tag("cache", ValidatedSessions.CACHE_NAME).tag("result", "hit").functionCounter().count();
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
        assertThat(response.statusCode()).as(what + " must not be signed in").isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).as(what).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signin"));
    }
}
