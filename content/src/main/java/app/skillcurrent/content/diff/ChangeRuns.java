package app.skillcurrent.content.diff;

import java.util.ArrayList;
import java.util.List;

import app.skillcurrent.content.diff.WordDiff.Kind;
import app.skillcurrent.content.diff.WordDiff.Segment;

/**
 * Turns interleaved edits into one deletion followed by one insertion.
 *
 * <p>When a phrase is rewritten, the diff often keeps a single space in common, which would show as
 * "Use <del>the</del><ins>records</ins> <del>old API </del>here". Treating such a lone whitespace
 * match as part of the change gives "Use <del>the old API </del><ins>records </ins>here", which is
 * how a reader describes the edit.
 */
final class ChangeRuns {

    private ChangeRuns() {
    }

    static List<Segment> join(List<Segment> segments) {
        List<Segment> result = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            if (segments.get(i).kind() == Kind.SAME) {
                result.add(segments.get(i++));
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            while (i < segments.size() && belongsToRun(segments, i)) {
                Segment segment = segments.get(i++);
                if (segment.kind() != Kind.INSERTED) {
                    deleted.append(segment.text());
                }
                if (segment.kind() != Kind.DELETED) {
                    inserted.append(segment.text());
                }
            }
            addIfNotEmpty(result, Kind.DELETED, deleted);
            addIfNotEmpty(result, Kind.INSERTED, inserted);
        }
        return List.copyOf(result);
    }

    // Segments alternate in kind, so a SAME segment here is always preceded by a change.
    private static boolean belongsToRun(List<Segment> segments, int i) {
        Segment segment = segments.get(i);
        return segment.kind() != Kind.SAME
                || (segment.text().isBlank() && i + 1 < segments.size());
    }

    private static void addIfNotEmpty(List<Segment> result, Kind kind, StringBuilder text) {
        if (!text.isEmpty()) {
            result.add(new Segment(kind, text.toString()));
        }
    }
}
