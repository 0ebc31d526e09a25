package app.skillcurrent.web.error;

import app.skillcurrent.web.security.CsrfRejectedException;
import app.skillcurrent.web.security.CsrfTokens;
import app.skillcurrent.web.view.PageRenderer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A form sent without this browser's CSRF token (an old tab after the cookie was lost, or another site's
 * forgery) gets a page that says so. Rendered here because the refusal happens in a filter, before views.
 */
@Singleton
class CsrfErrors implements ExceptionHandler<CsrfRejectedException, HttpResponse<?>> {

    private final PageRenderer pageRenderer;

    CsrfErrors(PageRenderer pageRenderer) {
        this.pageRenderer = pageRenderer;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CsrfRejectedException exception) {
        String page = pageRenderer.render(ErrorPage.explained(403, "error.csrf.title", "error.csrf.message", null), request);
        MutableHttpResponse<String> response = HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_HTML_TYPE).body(page);
        CsrfTokens.issueCookie(request, response);
        return response;
    }
}
