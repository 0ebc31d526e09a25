package app.skillcurrent.web.view;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Renders a page to a string outside the normal views filter, for responses made before it runs (errors
 * raised in earlier filters, for instance).
 */
@Singleton
public class PageRenderer {

    private final PageViewsRenderer renderer;

    PageRenderer(PageViewsRenderer renderer) {
        this.renderer = renderer;
    }

    public String render(Page page, HttpRequest<?> request) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(page.view(), page, request).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
