package app.skillcurrent.core.mail;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Reading the outbox: platform admins see every mail the installation produced, with its delivery state (the
 * only way to read mail when no SMTP server is configured); a person's own mails go into their data export.
 */
@Singleton
public class Mailbox {

    public static final int PAGE_SIZE = 50;

    private final OutboxRepository rows;

    Mailbox(OutboxRepository rows) {
        this.rows = rows;
    }

    /** One page of mails, newest first. */
    public record MailPage(List<OutboxRow> mails, long total, int page, int pages) {
    }

    /**
     * @param state     only mails in this state, or all
     * @param recipient only mails to this address, or all
     * @param page      from 1
     */
    @Transactional
    public MailPage page(Editor reader, @Nullable MailState state, @Nullable String recipient, int page) {
        requireAdmin(reader);
        String stateName = state == null ? null : state.name();
        String address = recipient == null || recipient.isBlank() ? null : recipient.trim().toLowerCase();
        long total = rows.count(stateName, address);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        return new MailPage(rows.page(stateName, address, PAGE_SIZE, (long) (current - 1) * PAGE_SIZE), total, current, pages);
    }

    @Transactional
    public OutboxRow find(Editor reader, long id) {
        requireAdmin(reader);
        return rows.findById(id).orElseThrow(() -> new NotFoundException("mail " + id));
    }

    /** The mails sent to the person, for their data export. */
    @Transactional
    public List<OutboxRow> ofAccount(long accountId) {
        return rows.findByAccount(accountId);
    }

    /** Part of erasing a person: their mails (and those to their address before it had an account) go. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void forget(long accountId, String address) {
        rows.forget(accountId, address);
    }

    private static void requireAdmin(Editor reader) {
        if (!reader.admin()) {
            throw new NotAllowedException();
        }
    }
}
