package app.skillcurrent.content.render;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list applied to every rendered document.
 *
 * <p>Anything not listed here is dropped: scripts, styles, frames, forms, event handlers,
 * {@code style} attributes and every URL scheme other than http, https and (for links) mailto.
 * Relative URLs stay allowed so that links between pages of this site keep working.
 */
final class SafeHtmlPolicy {

    private static final Predicate<String> IMAGE_SOURCE = UrlSchemes::isImageSource;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
                    "em", "strong", "del", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "img")
            .allowElements(new ExternalLinkRel(), "a")
            // The sanitiser checks these on every URL attribute, after decoding entities and whitespace tricks.
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            // commonmark writes these for numbered lists not starting at 1 and for fenced code with an info string
            .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
            .toFactory();

    private SafeHtmlPolicy() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
