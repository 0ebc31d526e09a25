package app.skillcurrent.core.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The outbox's worker, on every server: every {@code app.mail.poll-interval} it claims due mails and hands them
 * on, batch after batch while there are full ones. Sending happens outside any transaction; only the claim and
 * each outcome are written. A server that dies after sending but before recording it leaves the row claimed until
 * the lease ends, and another server sends it again with the same {@code Message-ID} (SMTP offers no exactly-once;
 * docs/MAIL.md).
 */
@Singleton
public class MailDispatcher {

    /** A run ends after this many full batches, so other scheduled work gets its turn. */
    private static final int MAX_BATCHES_PER_RUN = 20;
    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailClaims claims;
    private final MailDelivery delivery;
    private final MailConfiguration configuration;

    MailDispatcher(MailClaims claims, MailDelivery delivery, MailConfiguration configuration) {
        this.claims = claims;
        this.delivery = delivery;
        this.configuration = configuration;
    }

    /** @return how many mails this run handed on or settled */
    @Scheduled(fixedDelay = "${app.mail.poll-interval}", initialDelay = "${app.mail.poll-interval}")
    public int dispatch() {
        int handled = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<OutboxRow> claimed = claims.claimDue();
            for (OutboxRow mail : claimed) {
                settle(mail, delivery.deliver(mail));
                handled++;
            }
            if (claimed.size() < configuration.batchSize()) {
                break;
            }
        }
        return handled;
    }

    private void settle(OutboxRow mail, MailDelivery.Outcome outcome) {
        boolean held = switch (outcome) {
            case MailDelivery.Outcome.Done done -> claims.done(mail, done.state());
            case MailDelivery.Outcome.Permanent refused -> {
                LOG.warn("Mail {} ({}) refused for good: {}", mail.id(), mail.kind(), refused.error());
                yield claims.failed(mail, MailClaims.shorten(refused.error()), refused.hardBounce());
            }
            case MailDelivery.Outcome.Temporary failure -> {
                LOG.info("Mail {} ({}) not sent this time: {}", mail.id(), mail.kind(), failure.error());
                yield claims.temporaryFailure(mail, MailClaims.shorten(failure.error()));
            }
        };
        if (!held) {
            LOG.warn("Mail {} was taken over by another server after its claim lapsed; it may arrive twice", mail.id());
        }
    }
}
