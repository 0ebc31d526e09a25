package app.skillcurrent.core.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One mail of the outbox with its delivery state. */
@MappedEntity("mail_outbox")
public record OutboxRow(
        @Id @GeneratedValue @Nullable Long id,
        String messageId,
        @Nullable String dedupeKey,
        String kind,
        MailCategory category,
        @Nullable Long accountId,
        String recipient,
        String language,
        String subject,
        String textBody,
        String htmlBody,
        MailState state,
        int attempts,
        Instant dueAt,
        @Nullable String claimToken,
        @Nullable Instant claimedUntil,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant finishedAt) {
}
