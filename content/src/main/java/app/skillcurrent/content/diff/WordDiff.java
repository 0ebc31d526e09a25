package app.skillcurrent.content.diff;

import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Word-level comparison of two texts, for showing what changed between two revisions.
 *
 * <p>Texts are split into words, whitespace runs and punctuation characters, compared with a
 * Myers diff, and adjacent tokens of the same kind are merged into one {@link Segment}. Because the
 * diff consumes the longest common prefix first, an inserted word comes with its trailing space
 * ("Hello world." to "Hello there world." inserts {@code "there "}). Reading the
 * {@code SAME} and {@code DELETED} segments in order gives back {@code before}; reading the
 * {@code SAME} and {@code INSERTED} ones gives back {@code after}.
 */
public final class WordDiff {

    /** What happened to a piece of text between the two versions. */
    public enum Kind {
        /** Present in both texts. */
        SAME,
        /** Only in the newer text. */
        INSERTED,
        /** Only in the older text. */
        DELETED
    }

    /**
     * A maximal run of text with one {@link Kind}.
     *
     * @param kind what happened to the text
     * @param text the text itself; never empty in results of {@link WordDiff#diff}
     */
    public record Segment(Kind kind, String text) {
        /** Rejects null parts, so consumers never have to check. */
        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private WordDiff() {
    }

    /**
     * Compares two texts word by word.
     *
     * @param before the older text; {@code null} is treated as empty
     * @param after the newer text; {@code null} is treated as empty
     * @return the segments in reading order; empty when both texts are empty. Where a passage was
     *     replaced, its {@code DELETED} segment comes before the {@code INSERTED} one, and lone
     *     spaces the two versions happen to share inside the passage count as part of the change.
     */
    public static List<Segment> diff(String before, String after) {
        List<String> oldTokens = WordTokenizer.tokenize(before == null ? "" : before);
        List<String> newTokens = WordTokenizer.tokenize(after == null ? "" : after);
        SegmentCollector segments = new SegmentCollector();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens, true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> segments.add(Kind.SAME, delta.getSource().getLines());
                case DELETE -> segments.add(Kind.DELETED, delta.getSource().getLines());
                case INSERT -> segments.add(Kind.INSERTED, delta.getTarget().getLines());
                case CHANGE -> {
                    segments.add(Kind.DELETED, delta.getSource().getLines());
                    segments.add(Kind.INSERTED, delta.getTarget().getLines());
                }
            }
        }
        return ChangeRuns.join(segments.finish());
    }

    /** True if the segments contain any insertion or deletion. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    /**
     * Renders segments as HTML: text escaped, insertions in {@code <ins>}, deletions in {@code <del>}.
     *
     * <p>Line breaks are kept as raw {@code \n} characters rather than {@code <br>}, so the result
     * belongs in an element that preserves them, such as {@code <pre class="diff">} or one styled
     * with {@code white-space: pre-wrap}.
     */
    public static String toHtml(List<Segment> segments) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            switch (segment.kind()) {
                case SAME -> escapeInto(html, segment.text());
                case INSERTED -> escapeInto(html.append("<ins>"), segment.text()).append("</ins>");
                case DELETED -> escapeInto(html.append("<del>"), segment.text()).append("</del>");
            }
        }
        return html.toString();
    }

    private static StringBuilder escapeInto(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
