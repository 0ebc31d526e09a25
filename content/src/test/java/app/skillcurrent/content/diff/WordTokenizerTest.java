package app.skillcurrent.content.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    @Test
    void splitsWordsWhitespaceAndPunctuation() {
        assertEquals(List.of("Hello", ",", " ", "world", "!", "!", "\n\n", "it", "'", "s", " ", "ok_2"),
                WordTokenizer.tokenize("Hello, world!!\n\nit's ok_2"));
    }

    @Test
    void keepsAccentsAndSurrogatePairsIntact() {
        assertEquals(List.of("cafe\u0301", " ", "\uD83D\uDE42", " ", "Grüße"),
                WordTokenizer.tokenize("cafe\u0301 \uD83D\uDE42 Grüße"));
    }

    @Test
    void emptyTextHasNoTokens() {
        assertEquals(List.of(), WordTokenizer.tokenize(""));
    }
}
