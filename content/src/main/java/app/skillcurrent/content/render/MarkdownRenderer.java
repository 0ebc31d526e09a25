package app.skillcurrent.content.render;

import app.skillcurrent.content.support.cache.ImmutableCache;
import io.micronaut.cache.SyncCache;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns user-written Markdown (CommonMark plus GFM tables, strikethrough and autolinks) into HTML
 * that is safe to embed in a page.
 *
 * <p>Safety comes in two layers. Raw HTML in the Markdown is escaped, so it shows up as text
 * rather than markup. The rendered HTML then goes through an allow-list sanitiser, which is what
 * actually guarantees the result: only basic formatting, tables, links and images survive, URLs
 * are limited to http, https, mailto (links only) and relative ones, and links to other sites get
 * {@code rel="noopener nofollow"}.
 *
 * <p>Instances are thread-safe.
 */
@Singleton
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    // commonmark's own sanitizeUrls is left off: it blanks bad URLs to href="" (a link to the current
    // page), whereas the sanitiser removes the attribute and with it the link.
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .build();
    private final ImmutableCache<Long, String> cache;

    /** Keeps rendered revisions in the named cache {@code rendered-lessons} ({@code app.caches.rendered-lessons}). */
    @Inject
    MarkdownRenderer(@Named("rendered-lessons") SyncCache<?> cache) {
        this(ImmutableCache.of(cache));
    }

    MarkdownRenderer(ImmutableCache<Long, String> cache) {
        this.cache = cache;
    }

    /**
     * Renders Markdown to sanitised HTML.
     *
     * @param markdown the source; {@code null} is treated as empty
     * @return HTML safe to insert into a page without further escaping
     */
    public String render(String markdown) {
        String source = markdown == null ? "" : markdown;
        return SafeHtmlPolicy.sanitize(htmlRenderer.render(parser.parse(source)));
    }

    /**
     * Renders the Markdown of an immutable revision, reusing an earlier result for the same id.
     *
     * <p>The caller must pass the same Markdown every time for a given id; the text is not compared.
     * Once the cache is full, the results least likely to be asked for again are dropped.
     *
     * @param revisionId identifies the revision whose text {@code markdown} is
     * @param markdown the revision's source; {@code null} is treated as empty
     * @return the sanitised HTML, the same instance for repeated calls while cached
     */
    public String render(long revisionId, String markdown) {
        return cache.get(revisionId, id -> render(markdown));
    }
}
