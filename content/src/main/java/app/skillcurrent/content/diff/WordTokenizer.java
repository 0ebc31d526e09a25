package app.skillcurrent.content.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units a reader thinks of as changed: words, runs of whitespace, and single
 * punctuation or symbol characters.
 *
 * <p>Punctuation is split per character rather than in runs so that turning "end." into "end.)"
 * shows one inserted ")" instead of ".)" replacing ".". Concatenating the tokens always gives back
 * the input exactly.
 */
final class WordTokenizer {

    private WordTokenizer() {
    }

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int first = text.codePointAt(start);
            int end = start + Character.charCount(first);
            CharClass cls = CharClass.of(first);
            if (cls != CharClass.OTHER) {
                while (end < text.length()) {
                    int next = text.codePointAt(end);
                    if (CharClass.of(next) != cls) {
                        break;
                    }
                    end += Character.charCount(next);
                }
            }
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    private enum CharClass {
        WORD, SPACE, OTHER;

        static CharClass of(int codePoint) {
            if (Character.isLetterOrDigit(codePoint) || codePoint == '_'
                    || Character.getType(codePoint) == Character.NON_SPACING_MARK
                    || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK) {
                return WORD;
            }
            return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) ? SPACE : OTHER;
        }
    }
}
