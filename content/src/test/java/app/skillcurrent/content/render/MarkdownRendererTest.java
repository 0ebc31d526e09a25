package app.skillcurrent.content.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = Renderers.renderer();

    @Test
    void headingsAndInlineFormatting() {
        assertEquals("<h1>Title</h1>\n<h3>Sub</h3>\n"
                        + "<p>Some <em>em</em>, <strong>strong</strong>, <del>gone</del> and <code>code</code>.</p>\n",
                renderer.render("# Title\n\n### Sub\n\nSome *em*, **strong**, ~~gone~~ and `code`."));
    }

    @Test
    void lists() {
        assertEquals("<ul><li>a</li><li>b</li></ul>\n<ol start=\"3\"><li>x</li><li>y</li></ol>\n",
                renderer.render("- a\n- b\n\n3. x\n4. y"));
    }

    @Test
    void tableWithAlignment() {
        assertEquals("<table><thead><tr><th align=\"left\">Name</th><th align=\"right\">Score</th></tr></thead>"
                        + "<tbody><tr><td align=\"left\">Ada</td><td align=\"right\">10</td></tr></tbody></table>\n",
                renderer.render("| Name | Score |\n|:-----|------:|\n| Ada  | 10    |"));
    }

    @Test
    void fencedCodeKeepsLanguageAndEscapesContent() {
        // The sanitiser encodes '=' too; browsers show it unchanged.
        assertEquals("<pre><code class=\"language-java\">if (a &lt; b &amp;&amp; c) x &#61; 1;\n</code></pre>\n",
                renderer.render("```java\nif (a < b && c) x = 1;\n```"));
    }

    @Test
    void blockquoteRuleAndLineBreak() {
        assertEquals("<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr />\n<p>line<br />\nbreak</p>\n",
                renderer.render("> quoted\n\n---\n\nline  \nbreak"));
    }

    @Test
    void images() {
        assertEquals("<p><img src=\"https://img.example/a.png\" alt=\"A cat\" title=\"Cat\" /> "
                        + "<img src=\"/media/b.png\" alt=\"local\" /></p>\n",
                renderer.render("![A cat](https://img.example/a.png \"Cat\") ![local](/media/b.png)"));
    }

    @Test
    void externalLinksGetNoopenerNofollow() {
        assertEquals("<p><a href=\"https://example.com/docs\" title=\"Docs\" rel=\"noopener nofollow\">docs</a></p>\n",
                renderer.render("[docs](https://example.com/docs \"Docs\")"));
        assertEquals("<p><a href=\"//cdn.example/x\" rel=\"noopener nofollow\">cdn</a></p>\n",
                renderer.render("[cdn](//cdn.example/x)"));
    }

    @Test
    void relativeLinksWorkWithoutRel() {
        assertEquals("<p><a href=\"/lessons/42\">next</a> <a href=\"../intro\">intro</a> <a href=\"#part-2\">part 2</a></p>\n",
                renderer.render("[next](/lessons/42) [intro](../intro) [part 2](#part-2)"));
    }

    @Test
    void mailtoLinksAreKeptWithoutRel() {
        assertEquals("<p><a href=\"mailto:team&#64;example.com\">write</a></p>\n",
                renderer.render("[write](mailto:team@example.com)"));
    }

    @Test
    void bareUrlsAndEmailsBecomeLinks() {
        assertEquals("<p>See <a href=\"https://example.com/a\" rel=\"noopener nofollow\">https://example.com/a</a>, "
                        + "<a href=\"http://www.example.org\" rel=\"noopener nofollow\">www.example.org</a> or "
                        + "<a href=\"mailto:ada&#64;example.com\">ada&#64;example.com</a>.</p>\n",
                renderer.render("See https://example.com/a, www.example.org or ada@example.com."));
    }

    @Test
    void authorSuppliedRelIsReplaced() {
        assertEquals("<a href=\"https://example.com\" rel=\"noopener nofollow\">x</a> <a href=\"/y\">y</a>",
                SafeHtmlPolicy.sanitize("<a href=\"https://example.com\" rel=\"me opener\">x</a> "
                        + "<a href=\"/y\" rel=\"noopener nofollow\">y</a>"));
    }

    @Test
    void nullAndEmptyRenderAsEmpty() {
        assertEquals("", renderer.render(null));
        assertEquals("", renderer.render(""));
    }

    @Test
    void revisionCacheReturnsTheSameInstance() {
        String first = renderer.render(7L, "# Hello");
        String second = renderer.render(7L, "# Hello");
        assertEquals("<h1>Hello</h1>\n", first);
        assertSame(first, second);
    }

    @Test
    void revisionCacheKeysById() {
        assertEquals("<p>one</p>\n", renderer.render(1L, "one"));
        assertEquals("<p>two</p>\n", renderer.render(2L, "two"));
        // Revisions are immutable, so a known id is served from the cache whatever text comes with it.
        assertEquals("<p>one</p>\n", renderer.render(1L, "changed"));
    }

    @Test
    void revisionCacheIsBounded() {
        Cache<Long, String> cache = Renderers.cache(2);
        MarkdownRenderer small = Renderers.renderer(cache);
        for (long id = 1; id <= 10; id++) {
            small.render(id, "text " + id);
        }
        cache.cleanUp();

        assertThat(cache.estimatedSize()).isEqualTo(2);
        assertThat(small.render(11L, "eleven")).isEqualTo("<p>eleven</p>\n");
    }
}
