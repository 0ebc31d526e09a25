package app.skillcurrent.core.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends over SMTP with Jakarta Mail: a multipart/alternative message (text first, HTML preferred), the outbox
 * row's stable {@code Message-ID}, and for optional categories {@code List-Unsubscribe} with one-click
 * {@code List-Unsubscribe-Post} (RFC 8058). A 5xx answer is permanent, anything else is worth a retry.
 */
final class SmtpDelivery implements MailDelivery {

    private static final int TIMEOUT_MS = 10_000;

    private final MailConfiguration configuration;
    private final UnsubscribeLinks unsubscribeLinks;
    private final Session session;

    SmtpDelivery(MailConfiguration configuration, UnsubscribeLinks unsubscribeLinks) {
        this.configuration = configuration;
        this.unsubscribeLinks = unsubscribeLinks;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", configuration.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(configuration.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail.smtp.auth", String.valueOf(!configuration.smtpUsername().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(configuration.smtpStarttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(configuration.smtpStarttls()));
        this.session = Session.getInstance(properties);
    }

    @Override
    public Outcome deliver(OutboxRow mail) {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (AddressException | UnsupportedEncodingException e) {
            return new Outcome.Permanent("not an address that can be written to: " + e.getMessage(), false);
        } catch (MessagingException e) {
            return new Outcome.Permanent("the mail could not be assembled: " + e.getMessage(), false);
        }
        try {
            if (configuration.smtpUsername().isBlank()) {
                Transport.send(message);
            } else {
                Transport.send(message, configuration.smtpUsername(), configuration.smtpPassword());
            }
            return new Outcome.Done(MailState.SENT);
        } catch (MessagingException e) {
            return classify(e);
        }
    }

    private MimeMessage message(OutboxRow mail) throws MessagingException, UnsupportedEncodingException {
        String messageId = "<" + mail.messageId() + "@" + configuration.messageIdDomain() + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // the same on every attempt, so a repeat can be recognised
            }
        };
        message.setFrom(new InternetAddress(configuration.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(mail.createdAt()));
        message.setHeader("Content-Language", mail.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.category().optional() && mail.accountId() != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeLinks.url(mail.accountId(), mail.category()) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    private static Outcome classify(MessagingException e) {
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return new Outcome.Permanent(describe(refused), true);
            }
            if (next instanceof SMTPSendFailedException failed && failed.getReturnCode() >= 500) {
                return new Outcome.Permanent(describe(failed), false);
            }
        }
        if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0 && failed.getValidSentAddresses() == null) {
            Address[] invalid = failed.getInvalidAddresses();
            return new Outcome.Permanent("refused " + invalid[0] + ": " + describe(e), true);
        }
        return new Outcome.Temporary(describe(e));
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).strip();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
