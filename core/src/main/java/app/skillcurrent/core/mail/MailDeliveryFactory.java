package app.skillcurrent.core.mail;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** SMTP when {@code app.mail.smtp-host} is set; otherwise every mail is kept, readable at /admin/mail. */
@Factory
class MailDeliveryFactory {

    @Singleton
    MailDelivery delivery(MailConfiguration configuration, UnsubscribeLinks unsubscribeLinks) {
        if (configuration.smtpConfigured()) {
            return new SmtpDelivery(configuration, unsubscribeLinks);
        }
        return mail -> new MailDelivery.Outcome.Done(MailState.KEPT);
    }
}
