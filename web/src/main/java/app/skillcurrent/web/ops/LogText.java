package app.skillcurrent.web.ops;

/**
 * What a log line may hold of a text that can come from a request: control characters (CR and LF first of
 * all, which would start a forged line) are written as escapes, and a text longer than {@link #MAX_LENGTH}
 * is cut, so that one large request cannot fill the log.
 */
public final class LogText {

    /** Characters of one message or exception text kept in a log line. */
    public static final int MAX_LENGTH = 2000;

    private LogText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int end = Math.min(text.length(), MAX_LENGTH);
        StringBuilder escaped = null;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                if (escaped == null) {
                    escaped = new StringBuilder(end + 16).append(text, 0, i);
                }
                switch (c) {
                    case '\n' -> escaped.append("\\n");
                    case '\r' -> escaped.append("\\r");
                    case '\t' -> escaped.append("\\t");
                    default -> escaped.append(String.format("\\u%04x", (int) c));
                }
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        if (escaped == null && end == text.length()) {
            return text;
        }
        String kept = escaped == null ? text.substring(0, end) : escaped.toString();
        return end == text.length() ? kept : kept + "… (" + (text.length() - end) + " more characters)";
    }

    /** C0 and C1 controls, DEL, and the line and paragraph separators some viewers break lines at. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
