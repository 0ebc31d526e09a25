package app.skillcurrent.content.diff;

import java.util.ArrayList;
import java.util.List;

import app.skillcurrent.content.diff.WordDiff.Kind;
import app.skillcurrent.content.diff.WordDiff.Segment;

/**
 * Joins consecutive tokens of one kind into a single segment, so a caller sees "brown fox jumps"
 * as one unchanged stretch rather than five tokens.
 */
final class SegmentCollector {

    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private Kind pendingKind;

    void add(Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        if (kind != pendingKind) {
            flush();
            pendingKind = kind;
        }
        tokens.forEach(pending::append);
    }

    List<Segment> finish() {
        flush();
        return List.copyOf(segments);
    }

    private void flush() {
        if (!pending.isEmpty()) {
            segments.add(new Segment(pendingKind, pending.toString()));
            pending.setLength(0);
        }
    }
}
