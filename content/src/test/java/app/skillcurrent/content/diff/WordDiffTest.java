package app.skillcurrent.content.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.skillcurrent.content.diff.WordDiff.Kind;
import app.skillcurrent.content.diff.WordDiff.Segment;

class WordDiffTest {

    private static Segment same(String text) {
        return new Segment(Kind.SAME, text);
    }

    private static Segment ins(String text) {
        return new Segment(Kind.INSERTED, text);
    }

    private static Segment del(String text) {
        return new Segment(Kind.DELETED, text);
    }

    @Test
    void identicalTextsAreOneSameSegment() {
        List<Segment> segments = WordDiff.diff("Hello, world.\nSecond line.", "Hello, world.\nSecond line.");
        assertEquals(List.of(same("Hello, world.\nSecond line.")), segments);
        assertFalse(WordDiff.changed(segments));
    }

    @Test
    void insertedWordCarriesItsTrailingSpace() {
        List<Segment> segments = WordDiff.diff("Hello world.", "Hello there world.");
        assertEquals(List.of(same("Hello "), ins("there "), same("world.")), segments);
        assertTrue(WordDiff.changed(segments));
    }

    @Test
    void deletedWord() {
        assertEquals(List.of(same("Hello "), del("there "), same("world.")),
                WordDiff.diff("Hello there world.", "Hello world."));
    }

    @Test
    void replacedWordListsDeletionBeforeInsertion() {
        assertEquals(List.of(same("The "), del("quick"), ins("slow"), same(" brown fox")),
                WordDiff.diff("The quick brown fox", "The slow brown fox"));
    }

    @Test
    void replacedPhrase() {
        assertEquals(List.of(same("Use "), del("the old API "), ins("records "), same("here.")),
                WordDiff.diff("Use the old API here.", "Use records here."));
    }

    @Test
    void sharedSpacesBetweenChangesDoNotSplitThem() {
        assertEquals(List.of(del("one two three"), ins("four five six")),
                WordDiff.diff("one two three", "four five six"));
    }

    @Test
    void sharedWordsStillSplitChanges() {
        assertEquals(List.of(del("a"), ins("x"), same(" b "), del("c"), ins("y")), WordDiff.diff("a b c", "x b y"));
    }

    @Test
    void changesAtStartAndEnd() {
        assertEquals(List.of(ins("Well, "), same("it works")), WordDiff.diff("it works", "Well, it works"));
        assertEquals(List.of(same("it works"), ins(" fine")), WordDiff.diff("it works", "it works fine"));
    }

    @Test
    void punctuationIsItsOwnToken() {
        assertEquals(List.of(same("Done"), del("."), ins("!")), WordDiff.diff("Done.", "Done!"));
        assertEquals(List.of(same("end."), ins(")")), WordDiff.diff("end.", "end.)"));
    }

    @Test
    void wordsAreNotSplitInsideWords() {
        assertEquals(List.of(del("colour"), ins("color")), WordDiff.diff("colour", "color"));
    }

    @Test
    void nullIsTreatedAsEmpty() {
        assertEquals(List.of(), WordDiff.diff(null, null));
        assertEquals(List.of(), WordDiff.diff(null, ""));
        assertEquals(List.of(ins("new text")), WordDiff.diff(null, "new text"));
        assertEquals(List.of(del("old text")), WordDiff.diff("old text", null));
        assertFalse(WordDiff.changed(WordDiff.diff(null, "")));
    }

    static List<Arguments> textPairs() {
        return List.of(
                Arguments.of("a b c", "a x c"),
                Arguments.of("one two three four", "four three two one"),
                Arguments.of("Line one.\nLine two.\n", "Line one.\n\nLine 2.\n"),
                Arguments.of("tabs\tand  spaces ", " tabs and spaces"),
                Arguments.of("Grüße, café!", "Grüße café!!"),
                Arguments.of("emoji \uD83D\uDE42 here", "emoji \uD83D\uDE43 here"),
                Arguments.of("", "something"),
                Arguments.of("completely different", "nothing alike at all"));
    }

    @ParameterizedTest
    @MethodSource("textPairs")
    void segmentsRebuildBothTexts(String before, String after) {
        List<Segment> segments = WordDiff.diff(before, after);
        assertEquals(before, join(segments, Kind.DELETED));
        assertEquals(after, join(segments, Kind.INSERTED));
        for (int i = 1; i < segments.size(); i++) {
            assertTrue(segments.get(i).kind() != segments.get(i - 1).kind(), "adjacent segments are merged");
        }
        assertTrue(segments.stream().noneMatch(s -> s.text().isEmpty()));
    }

    private static String join(List<Segment> segments, Kind changed) {
        return segments.stream()
                .filter(s -> s.kind() == Kind.SAME || s.kind() == changed)
                .map(Segment::text)
                .collect(Collectors.joining());
    }

    @Test
    void toHtmlWrapsChangesAndEscapesEverything() {
        List<Segment> segments = WordDiff.diff(
                "Use <b> & \"quotes\" 'here'", "Use <i> & \"quotes\" 'there'");
        assertEquals("Use &lt;<del>b</del><ins>i</ins>&gt; &amp; &quot;quotes&quot; &#39;<del>here</del><ins>there</ins>&#39;",
                WordDiff.toHtml(segments));
    }

    @Test
    void toHtmlEscapesInsideChangedSegments() {
        assertEquals("<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>",
                WordDiff.toHtml(WordDiff.diff("", "<script>alert(1)</script>")));
    }

    @Test
    void toHtmlKeepsNewlines() {
        assertEquals("first\n<del>second</del><ins>2nd</ins>\nthird",
                WordDiff.toHtml(WordDiff.diff("first\nsecond\nthird", "first\n2nd\nthird")));
        assertEquals("", WordDiff.toHtml(List.of()));
    }

    @Test
    void longTextWithOneChange() {
        String before = IntStream.range(0, 10_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        String after = before.replace(" word5000 ", " changed ");

        List<Segment> segments = WordDiff.diff(before, after);

        assertEquals(4, segments.size());
        assertEquals(del("word5000"), segments.get(1));
        assertEquals(ins("changed"), segments.get(2));
        assertEquals(after, join(segments, Kind.INSERTED));
    }

    @Test
    void segmentRejectsNulls() {
        assertThrows(NullPointerException.class, () -> new Segment(null, "x"));
        assertThrows(NullPointerException.class, () -> new Segment(Kind.SAME, null));
    }
}
