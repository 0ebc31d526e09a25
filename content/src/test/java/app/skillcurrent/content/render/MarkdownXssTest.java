package app.skillcurrent.content.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Well-known filter-evasion vectors (after the OWASP XSS cheat sheet), embedded in Markdown.
 *
 * <p>Each vector goes through the full renderer and, separately, straight through the sanitiser
 * policy: the renderer escapes raw HTML before the policy ever sees it, so the second run proves the
 * policy holds on its own should that escaping ever be turned off.
 */
class MarkdownXssTest {

    private final MarkdownRenderer renderer = Renderers.renderer();

    static List<String> vectors() {
        return List.of(
                // script elements
                "<script>alert(1)</script>",
                "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
                "<<script>script>alert(1)//<</script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "Text\n\n<script>\nalert(document.cookie)\n</script>\n\nmore text",
                "`<script>alert(1)</script>` and\n\n```html\n<script>alert(1)</script>\n```",
                // event handlers
                "<img src=x onerror=alert(1)>",
                "<img src=\"x\" onerror=\"alert(1)\"",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<body onload=alert(1)>",
                "<input onfocus=alert(1) autofocus>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<isindex type=image src=1 onerror=alert(1)>",
                // javascript: in raw HTML, with case, entity and whitespace tricks
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"javascript:alert(1)\"",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;"
                        + "&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                        + "&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74>",
                "<img src=\"jav&#x09;ascript:alert(1)\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<a href=\" &#14;  javascript:alert(1)\">x</a>",
                "<IMG SRC=`javascript:alert(1)`>",
                // Markdown links and images
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](javascript&#58;alert(1))",
                "[x](&#x6A;avascript:alert(1))",
                "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
                "[x](<java\tscript:alert(1)>)",
                "[x](java\tscript:alert(1))",
                "[x](java&#x09;script:alert(1))",
                "[x](java&#10;script:alert(1))",
                "[x](javascript\\:alert(1))",
                "[x]( javascript:alert(1) )",
                "[x][evil]\n\n[evil]: javascript:alert(1)",
                "![x](javascript:alert(1))",
                "<javascript:alert(1)>",
                "[x](vbscript:msgbox(1))",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                // breaking out of attributes Markdown generates
                "[x](https://ok.example \"\\\" onmouseover=\\\"alert(1)\")",
                "![x\" onerror=\"alert(1)](https://ok.example/i.png)",
                "[x](https://ok.example/\"onmouseover=\"alert(1))",
                // active and page-altering elements
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"width: expression(alert(1))\">x</p>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                // namespace tricks and comments
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<math href=\"javascript:alert(1)\">CLICK</math>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<!-- <script>alert(1)</script> -->",
                "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
                "<!--><img src=x onerror=alert(1)>-->");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void rendererNeutralisesVector(String markdown) {
        HtmlSafety.assertSafe(renderer.render(markdown));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void policyAloneNeutralisesVector(String html) {
        HtmlSafety.assertSafe(SafeHtmlPolicy.sanitize(html));
    }

    @Test
    void vectorSetIsLargeAndDistinct() {
        assertEquals(vectors().size(), vectors().stream().distinct().count());
        assertFalse(vectors().size() < 25);
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", renderer.render("<script>alert(1)</script>"));
    }

    @Test
    void javascriptLinkKeepsItsTextButLosesTheLink() {
        assertEquals("<p>click me</p>\n", renderer.render("[click me](javascript:alert(1))"));
    }

    @Test
    void dataImageLosesItsSource() {
        assertEquals("<p><img alt=\"x\" /></p>\n", renderer.render("![x](data:image/png;base64,AAAA)"));
    }

    @Test
    void mailtoIsNotAnImageSource() {
        assertEquals("<img alt=\"x\" />", SafeHtmlPolicy.sanitize("<img src=\"mailto:a@b.example\" alt=\"x\">"));
    }
}
