package app.skillcurrent.web.view;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.handlebars.HandlebarsViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a page to a string outside the normal views filter, for responses made before it runs (errors
 * raised in earlier filters, for instance).
 */
@Singleton
public class PageRenderer {

    private final HandlebarsViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final PageModel pageModel;

    PageRenderer(HandlebarsViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer, PageModel pageModel) {
        this.renderer = renderer;
        this.pageModel = pageModel;
    }

    public String render(ModelAndView<Map<String, Object>> page, HttpRequest<?> request) {
        pageModel.process(request, page);
        Writable writable = renderer.render(page.getView().orElseThrow(), page.getModel().orElseThrow(), request);
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
