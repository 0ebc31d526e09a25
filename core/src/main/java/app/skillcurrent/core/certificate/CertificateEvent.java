package app.skillcurrent.core.certificate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One line of a certificate's audit trail; {@code actorName} is null for what the platform did itself. */
@Introspected
public record CertificateEvent(String action, @Nullable String fromState, String toState, @Nullable String reason,
                               Instant occurredAt, @Nullable String actorName) {
}
