package app.skillcurrent.web.view;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.views.DefaultViewsResolver;
import io.micronaut.views.ViewsResolver;
import jakarta.inject.Singleton;

import java.util.Optional;

/** A response whose body is a {@link Page} is rendered with the template the page names. */
@Singleton
@Replaces(DefaultViewsResolver.class)
class PageViewsResolver implements ViewsResolver {

    @Override
    public Optional<String> resolveView(HttpRequest<?> request, HttpResponse<?> response) {
        return response.getBody().orElse(null) instanceof Page page ? Optional.of(page.view()) : Optional.empty();
    }
}
