package app.skillcurrent.web.security;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.CapturedLog;
import app.skillcurrent.web.support.RawHttp;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body or query string with a malformed {@code %} escape is a bad request: a 400 page in the visitor's
 * language, and nothing of what was sent (a password least of all) in the log. Log lines cannot be forged
 * with CR/LF in a message or an exception's message.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedFormsTest implements DatabaseTest {

    private static final String PASSWORD = "Secret-Password-4711";

    @Inject
    EmbeddedServer server;

    @Test
    void aFormBodyWithAMalformedEscapeIsA400PageAndNothingOfItIsLogged() {
        RawHttp http = new RawHttp(server.getURI());
        String body = "email=pat%40example.com&password=" + PASSWORD + "%0d%0a12:00:00.000+INFO+forged+line&x=%zz";
        try (CapturedLog log = CapturedLog.open()) {
            RawHttp.Answer answer = http.send("POST", "/signin", Map.of("Content-Type", "application/x-www-form-urlencoded",
                    "Accept", "text/html", "Accept-Language", "de"), body.getBytes(StandardCharsets.US_ASCII));
            assertThat(answer.status()).isEqualTo(400);
            Document page = Jsoup.parse(answer.body());
            assertThat(page.select(".error-page .error-code").text()).isEqualTo("400");
            assertThat(page.select(".error-page h1").text()).isEqualTo("Diese Anfrage ergab keinen Sinn");
            assertThat(log.text()).doesNotContain(PASSWORD).doesNotContain("forged").doesNotContain("%zz");
        }
    }

    @Test
    void escapesThatAreNotUtf8AreRefusedLikeMalformedOnes() {
        String body = "email=pat%40example.com&password=" + PASSWORD + "&name=%C3%28";
        try (CapturedLog log = CapturedLog.open()) {
            RawHttp.Answer answer = new RawHttp(server.getURI()).send("POST", "/signin", Map.of(
                    "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"), body.getBytes(StandardCharsets.US_ASCII));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(log.text()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void aMegabyteOfMalformedFormIsRefusedWithoutLoggingIt() {
        RawHttp http = new RawHttp(server.getURI());
        String body = "email=big%40example.com&password=" + PASSWORD + "&bio=" + "%g".repeat(400_000);
        try (CapturedLog log = CapturedLog.open()) {
            RawHttp.Answer answer = http.send("POST", "/signup", Map.of("Content-Type", "application/x-www-form-urlencoded",
                    "Accept", "text/html"), body.getBytes(StandardCharsets.US_ASCII));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(log.text()).doesNotContain(PASSWORD).doesNotContain("%g%g");
            assertThat(log.text().length()).as("what one request adds to the log").isLessThan(2_000);
        }
    }

    @Test
    void aQueryStringWithAMalformedEscapeIsA400Page() {
        RawHttp.Answer answer = new RawHttp(server.getURI()).send("GET", "/courses?q=abc%zz%", Map.of("Accept", "text/html"), null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(Jsoup.parse(answer.body()).select(".error-page h1").text()).isEqualTo("That request did not make sense");
    }

    @Test
    void theLogLayoutWritesLineBreaksAndControlCharactersInMessagesAndExceptionsAsEscapes() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> console =
                (OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender("STDOUT");
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder =
                (LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent>) console.getEncoder();
        String forged = "pat\r\n12:00:00.000 INFO  http.access - forged\u0007\u001b[31m";
        LoggingEvent event = new LoggingEvent(getClass().getName(), root, Level.ERROR, "Sign-in for {}",
                new IllegalArgumentException("bad value " + forged, new IllegalStateException("cause " + forged)), new Object[]{forged});

        String[] lines = encoder.getLayout().doLayout(event).split("\n");

        assertThat(lines[0]).endsWith("Sign-in for pat\\r\\n12:00:00.000 INFO  http.access - forged\\u0007\\u001b[31m");
        assertThat(lines).filteredOn(line -> line.contains("forged")).hasSize(3)
                .allSatisfy(line -> assertThat(line).doesNotContain("\r", "\u0007", "\u001b"));
        assertThat(lines[1]).isEqualTo("java.lang.IllegalArgumentException: bad value pat\\r\\n12:00:00.000 INFO  http.access - forged\\u0007\\u001b[31m");
        assertThat(lines).filteredOn(line -> line.startsWith("Caused by:")).singleElement()
                .isEqualTo("Caused by: java.lang.IllegalStateException: cause pat\\r\\n12:00:00.000 INFO  http.access - forged\\u0007\\u001b[31m");
    }

    @Test
    void theLogLayoutCutsAVeryLongMessage() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> console =
                (OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender("STDOUT");
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder =
                (LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent>) console.getEncoder();
        LoggingEvent event = new LoggingEvent(getClass().getName(), root, Level.WARN, "{}", null, new Object[]{"y".repeat(10_000)});

        String line = encoder.getLayout().doLayout(event).strip();

        assertThat(line).endsWith(" - " + "y".repeat(2_000) + "… (8000 more characters)");
    }
}
