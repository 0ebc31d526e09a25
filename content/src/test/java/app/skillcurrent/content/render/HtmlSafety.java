package app.skillcurrent.content.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a piece of HTML can neither run script nor load active content. */
final class HtmlSafety {

    private static final List<String> FORBIDDEN_TAGS = List.of(
            "<script", "<iframe", "<object", "<embed", "<style", "<form", "<meta", "<base",
            "<svg", "<math", "<link", "<input", "<body", "<div", "<details", "<video", "<source");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)[\\s/\"']on\\w+\\s*=");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=\"'/]+)(?:=\"([^\"]*)\")?");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?");
    private static final Set<String> ALLOWED_TAGS = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "em", "strong",
            "del", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of(
            "href", "src", "alt", "title", "rel", "align", "start", "class");

    private HtmlSafety() {
    }

    static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String tag : FORBIDDEN_TAGS) {
            assertFalse(lower.contains(tag), () -> "contains " + tag + ": " + html);
        }
        // The sanitiser encodes '=' in text, so any match here is a real attribute.
        assertFalse(EVENT_HANDLER.matcher(html).find(), () -> "event handler in: " + html);
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String name = tags.group(1).toLowerCase(Locale.ROOT);
            assertTrue(ALLOWED_TAGS.contains(name), () -> "unexpected <" + name + "> in: " + html);
            assertAttributesSafe(tags.group(2), html);
        }
    }

    private static void assertAttributesSafe(String attributes, String html) {
        Matcher attrs = ATTRIBUTE.matcher(attributes);
        while (attrs.find()) {
            String name = attrs.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("/")) {
                continue;
            }
            assertTrue(ALLOWED_ATTRIBUTES.contains(name), () -> "unexpected attribute " + name + " in: " + html);
            if ((name.equals("href") || name.equals("src")) && attrs.group(2) != null) {
                assertUrlSafe(attrs.group(2), html);
            }
        }
    }

    private static void assertUrlSafe(String encodedUrl, String html) {
        // Browsers ignore whitespace and control characters inside a scheme, so the check does too.
        String url = decodeEntities(encodedUrl).replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        for (String bad : List.of("javascript:", "vbscript:", "data:", "livescript:", "file:")) {
            if (url.contains(bad)) {
                fail("dangerous URL " + url + " in: " + html);
            }
        }
        int colon = url.indexOf(':');
        int firstDelimiter = firstIndexOfAny(url, "/?#");
        if (colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter)) {
            String scheme = url.substring(0, colon);
            assertTrue(Set.of("http", "https", "mailto").contains(scheme), () -> "scheme " + scheme + " in: " + html);
        }
    }

    static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity, String whole) {
        if (entity.startsWith("#x") || entity.startsWith("#X")) {
            return Character.toString(Integer.parseInt(entity.substring(2), 16));
        }
        if (entity.startsWith("#")) {
            return Character.toString(Integer.parseInt(entity.substring(1)));
        }
        return switch (entity.toLowerCase(Locale.ROOT)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "colon" -> ":";
            case "tab" -> "\t";
            case "newline" -> "\n";
            default -> whole;
        };
    }

    private static int firstIndexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
