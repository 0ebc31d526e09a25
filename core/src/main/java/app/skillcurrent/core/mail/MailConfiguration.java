package app.skillcurrent.core.mail;

import app.skillcurrent.content.support.validation.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * Mail delivery, {@code app.mail.*} (defaults in application.yml, environment variables {@code SMTP_HOST},
 * {@code SMTP_PORT}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code SMTP_STARTTLS}, {@code MAIL_FROM}),
 * read when the application starts; a wrong value stops it with the key in the message.
 *
 * @param from            the From address, optionally with a name: {@code Skillcurrent <learn@example.com>}
 * @param smtpHost        the SMTP server; empty keeps every mail in the database only (read at /admin/mail)
 * @param smtpUsername    empty for a server that takes mail without signing in
 * @param smtpStarttls    require STARTTLS before signing in and sending
 * @param batchSize       rows one worker claims at a time
 * @param claimLease      how long a claim holds; a server that died while sending loses its rows after this
 * @param firstRetry      the wait after the first temporary failure, doubled after each further one
 * @param maxAttempts     attempts before a mail counts as failed
 * @param hardBounceLimit permanent refusals of an address after which nothing more is sent to it
 * @param pollInterval    how often each server looks for due mail
 */
@Context
@ConfigurationProperties("app.mail")
public record MailConfiguration(
        @NotBlank(message = "app.mail.from (MAIL_FROM) must be set")
        String from,
        @NotNull(message = "app.mail.smtp-host must be set, empty for none")
        String smtpHost,
        @Min(value = 1, message = "app.mail.smtp-port (SMTP_PORT) must be a port number, not {validatedValue}")
        @Max(value = 65535, message = "app.mail.smtp-port (SMTP_PORT) must be a port number, not {validatedValue}")
        int smtpPort,
        @NotNull(message = "app.mail.smtp-username must be set, empty for none")
        String smtpUsername,
        @NotNull(message = "app.mail.smtp-password must be set, empty for none")
        String smtpPassword,
        boolean smtpStarttls,
        @Positive(message = "app.mail.batch-size must be a whole number above 0, not {validatedValue}")
        int batchSize,
        @NotNull(message = "app.mail.claim-lease must be set")
        @PositiveDuration(message = "app.mail.claim-lease must be a positive duration such as 2m, not {validatedValue}")
        Duration claimLease,
        @NotNull(message = "app.mail.first-retry must be set")
        @PositiveDuration(message = "app.mail.first-retry must be a positive duration such as 1m, not {validatedValue}")
        Duration firstRetry,
        @Positive(message = "app.mail.max-attempts must be a whole number above 0, not {validatedValue}")
        int maxAttempts,
        @Positive(message = "app.mail.hard-bounce-limit must be a whole number above 0, not {validatedValue}")
        int hardBounceLimit,
        @NotNull(message = "app.mail.poll-interval must be set")
        @PositiveDuration(message = "app.mail.poll-interval must be a positive duration such as 1s, not {validatedValue}")
        Duration pollInterval) {

    /** Whether mail leaves the installation at all. */
    public boolean smtpConfigured() {
        return !smtpHost.isBlank();
    }

    /** The domain of the From address, the right part of every Message-ID. */
    public String messageIdDomain() {
        String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.lastIndexOf('>')) : from;
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1).trim();
    }
}
