package app.skillcurrent.web.mail;

import app.skillcurrent.core.account.LegalTexts;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.core.mail.MailComposer;
import app.skillcurrent.core.mail.MailContent;
import app.skillcurrent.core.mail.Recipient;
import app.skillcurrent.core.mail.RenderedMail;
import app.skillcurrent.web.view.HandlebarsSetup;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.RecordValueResolver;
import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Renders mails with the project's Handlebars: {@code views/mail/<kind>.hbs} is the HTML part (inside the
 * {@code mail/layout} partial, styles inline as mail programs want them), {@code views/mail/<kind>.text.hbs} the
 * plain-text part, {@code mail.<kind>.subject} the subject, all in the recipient's language. The content record
 * is the child context of a {@link MailLayout}, as a page is of its layout.
 */
@Singleton
public class HandlebarsMailComposer implements MailComposer {

    private static final String FOLDER = "views/mail/";

    private final Handlebars html;
    private final Handlebars text;
    private final Messages messages;
    private final Issuer issuer;

    HandlebarsMailComposer(Handlebars html, Messages messages, LegalTexts legalTexts, Issuer issuer) {
        this.html = html;
        this.text = HandlebarsSetup.plainText(messages, legalTexts);
        this.messages = messages;
        this.issuer = issuer;
    }

    @Override
    public RenderedMail compose(MailContent content, Recipient recipient, @Nullable String unsubscribeUrl) {
        Locale locale = Locale.of(recipient.language());
        MailLayout layout = new MailLayout(locale, locale.getLanguage(), zone(recipient.timeZone()), issuer.baseUrl(),
                recipient.displayName(), unsubscribeUrl);
        String subject = messages.get(locale, "mail." + content.kind() + ".subject", content.subjectArguments().toArray());
        return new RenderedMail(subject, render(text, content.kind() + ".text", layout, content),
                render(html, content.kind(), layout, content));
    }

    private static String render(Handlebars engine, String template, MailLayout layout, MailContent content) {
        Context root = Context.newBuilder(layout)
                .resolver(RecordValueResolver.INSTANCE, MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE)
                .build();
        Context context = Context.newBuilder(root, content).build();
        try {
            return engine.compile(FOLDER + template).apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail template " + FOLDER + template + " could not be rendered", e);
        } finally {
            context.destroy();
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC; // a zone the JDK no longer knows: UTC, which the mail names
        }
    }
}
