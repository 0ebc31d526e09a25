package app.skillcurrent.core.mail;

/**
 * Turns what a mail says into what it shows. Implemented by the web module, which owns templates and message
 * bundles; the outbox calls it inside the transaction that queues the mail, so the row holds exactly what will be
 * sent, and a mail that cannot be rendered fails the action that caused it instead of vanishing later.
 */
public interface MailComposer {

    /**
     * @param unsubscribeUrl the one-click link for optional categories, null for transactional mail
     */
    RenderedMail compose(MailContent content, Recipient recipient, String unsubscribeUrl);
}
