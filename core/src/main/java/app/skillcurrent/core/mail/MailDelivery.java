package app.skillcurrent.core.mail;

/** Hands one rendered mail on: to an SMTP server, or nowhere when none is configured. */
interface MailDelivery {

    /** What happened to one mail. */
    sealed interface Outcome {
        /** Accepted by the next server ({@code SENT}), or kept here ({@code KEPT}). */
        record Done(MailState state) implements Outcome {
        }

        /** Worth another try later: the server was unreachable or answered 4xx. */
        record Temporary(String error) implements Outcome {
        }

        /** Refused for good (5xx); {@code hardBounce} when the refusal was about the recipient's address. */
        record Permanent(String error, boolean hardBounce) implements Outcome {
        }
    }

    Outcome deliver(OutboxRow mail);
}
