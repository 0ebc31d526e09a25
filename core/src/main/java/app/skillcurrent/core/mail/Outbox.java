package app.skillcurrent.core.mail;

import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Where every mail starts: {@link #queue} writes it, rendered, in the caller's transaction, so a mail exists
 * exactly when the action that causes it committed. {@link MailDispatcher} sends it later from any server.
 */
@Singleton
public class Outbox {

    private final OutboxRepository rows;
    private final MailComposer composer;
    private final MailPreferences preferences;
    private final BounceRepository bounces;
    private final UnsubscribeLinks unsubscribeLinks;
    private final Clock clock;

    Outbox(OutboxRepository rows, MailComposer composer, MailPreferences preferences, BounceRepository bounces,
           UnsubscribeLinks unsubscribeLinks, Clock clock) {
        this.rows = rows;
        this.composer = composer;
        this.preferences = preferences;
        this.bounces = bounces;
        this.unsubscribeLinks = unsubscribeLinks;
        this.clock = clock;
    }

    /** Queues a mail to be sent now. */
    @Transactional
    public Optional<Long> queue(Recipient to, MailContent content) {
        return queue(to, content, null, null);
    }

    /**
     * Queues a mail.
     *
     * @param dedupeKey names the cause for a mail that must exist once per cause (for example
     *                  {@code reminder:42:WINDOW:7}); a second call with the same key queues nothing
     * @param dueAt     not before this time; null for now
     * @return the row's id, or empty when nothing was queued: the person turned the category off, or a mail with
     * that dedupe key exists
     */
    @Transactional
    public Optional<Long> queue(Recipient to, MailContent content, @Nullable String dedupeKey, @Nullable Instant dueAt) {
        if (to.accountId() != null && !preferences.wants(to.accountId(), content.category())) {
            return Optional.empty();
        }
        String unsubscribeUrl = content.category().optional() && to.accountId() != null
                ? unsubscribeLinks.url(to.accountId(), content.category()) : null;
        RenderedMail mail = composer.compose(content, to, unsubscribeUrl);
        Instant now = Times.now(clock);
        MailState state = bounces.suppressed(to.address()) ? MailState.SUPPRESSED : MailState.QUEUED;
        OutboxRow row = new OutboxRow(null, PublicIds.next(), dedupeKey, content.kind(), content.category(),
                to.accountId(), to.address(), to.language(), mail.subject(), mail.text(), mail.html(), state, 0,
                dueAt == null ? now : Times.truncate(dueAt), null, null,
                state == MailState.SUPPRESSED ? "the address refused mail too often" : null, now,
                state == MailState.SUPPRESSED ? now : null);
        if (dedupeKey == null) {
            return Optional.ofNullable(rows.save(row).id());
        }
        int inserted = rows.insertOnce(row.messageId(), dedupeKey, row.kind(), row.category().name(), row.accountId(),
                row.recipient(), row.language(), row.subject(), row.textBody(), row.htmlBody(), row.state().name(),
                row.dueAt(), row.lastError(), row.createdAt(), row.finishedAt());
        return inserted == 1 ? rows.findByMessageId(row.messageId()).map(OutboxRow::id) : Optional.empty();
    }
}
