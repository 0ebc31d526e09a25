package app.skillcurrent.core.mail;

/** A mail as its recipient will read it. */
public record RenderedMail(String subject, String text, String html) {
}
