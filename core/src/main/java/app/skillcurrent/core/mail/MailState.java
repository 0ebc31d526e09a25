package app.skillcurrent.core.mail;

/** Where a mail of the outbox stands. */
public enum MailState {
    /** waiting to be sent, or to be tried again at its due time */
    QUEUED,
    /** accepted by the SMTP server */
    SENT,
    /** no SMTP server is configured: the mail stays readable at /admin/mail and goes nowhere */
    KEPT,
    /** refused for good by the SMTP server, or out of attempts */
    FAILED,
    /** not sent: the address bounced too often */
    SUPPRESSED
}
