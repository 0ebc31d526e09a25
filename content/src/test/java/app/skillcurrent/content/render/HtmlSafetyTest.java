package app.skillcurrent.content.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/** The XSS tests are only as good as their checker, so it must reject what a browser would run. */
class HtmlSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<p><script>alert(1)</script></p>",
            "<img src=\"x\" onerror=\"alert(1)\" />",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript&colon;alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<img src=\"data:image/svg+xml;base64,AAAA\" />",
            "<a href=\"ftp://example.com\">x</a>",
            "<p style=\"color:red\">x</p>",
            "<iframe src=\"https://example.com\"></iframe>",
            "<span>x</span>",
    })
    void rejectsUnsafeHtml(String html) {
        assertThrows(AssertionFailedError.class, () -> HtmlSafety.assertSafe(html));
    }

    @Test
    void acceptsOrdinaryHtml() {
        HtmlSafety.assertSafe("<p>x &#61; 1 and onclick&#61;nothing <a href=\"https://e.example/a?b&#61;1\" "
                + "rel=\"noopener nofollow\">e</a> <a href=\"/relative\">r</a> <img src=\"/i.png\" alt=\"i\" /></p>");
    }

    @Test
    void decodesNumericAndNamedEntities() {
        assertEquals("javascript:a\tb", HtmlSafety.decodeEntities("&#x6A;ava&#115;cript&colon;a&Tab;b"));
    }
}
