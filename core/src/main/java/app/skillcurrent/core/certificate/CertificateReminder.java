package app.skillcurrent.core.certificate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A reminder to send {@code daysBefore} days before a deadline: the renewal window closing ({@code WINDOW})
 * or the certificate expiring ({@code EXPIRY}). Sending is not built yet; {@code sentAt} stays null.
 */
@Introspected
public record CertificateReminder(String kind, int daysBefore, Instant deadline, Instant dueAt,
                                  @Nullable Instant sentAt) {

    public static final String WINDOW = "WINDOW";
    public static final String EXPIRY = "EXPIRY";
}
