package app.skillcurrent.web.view;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.handlebars.HandlebarsViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Renders a {@link Page} with its Handlebars template inside the request's {@link Layout}: the layout is the
 * root context and the page its child, so templates see the page's names first and the layout's behind them.
 */
@Singleton
@Replaces(HandlebarsViewsRenderer.class)
public class PageViewsRenderer implements ViewsRenderer<Object, HttpRequest<?>> {

    private static final String FOLDER = "views/";

    private final Handlebars handlebars;
    private final Layouts layouts;

    PageViewsRenderer(Handlebars handlebars, Layouts layouts) {
        this.handlebars = handlebars;
        this.layouts = layouts;
    }

    /**
     * Renders at once rather than when the body is written: a template that fails then fails the request with
     * an error page, instead of breaking a response that has already started.
     */
    @Override
    public Writable render(String viewName, Object page, HttpRequest<?> request) {
        Template template = template(viewName);
        Context root = Context.newBuilder(layouts.of(request))
                .resolver(RecordValueResolver.INSTANCE, MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE)
                .build();
        Context context = Context.newBuilder(root, page).build();
        String html;
        try {
            html = template.apply(context);
        } catch (IOException | RuntimeException e) {
            throw new ViewRenderingException("Error rendering view [" + viewName + "]: " + e.getMessage(), e);
        } finally {
            context.destroy();
        }
        return writer -> writer.write(html);
    }

    @Override
    public boolean exists(String viewName) {
        try {
            handlebars.getLoader().sourceAt(FOLDER + viewName);
            return true;
        } catch (IOException missing) {
            return false;
        }
    }

    private Template template(String viewName) {
        try {
            return handlebars.compile(FOLDER + viewName);
        } catch (IOException e) {
            throw new ViewRenderingException("Error compiling view [" + viewName + "]: " + e.getMessage(), e);
        }
    }
}
