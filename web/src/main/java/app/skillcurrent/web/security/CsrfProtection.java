package app.skillcurrent.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.views.ModelAndView;

import app.skillcurrent.web.error.ErrorPages;
import app.skillcurrent.web.view.PageRenderer;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses every state-changing request (POST, PUT, PATCH, DELETE) that does not carry this browser's CSRF
 * token, in the {@code csrfToken} form field or the {@code X-CSRF-Token} header. Runs after security (so the
 * error page can be in the person's language) and before rendering (so the error page is rendered).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfProtection implements Ordered {

    private static final Set<HttpMethod> UNSAFE = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final CsrfTokens tokens;
    private final FilterBodyParser bodyParser;
    private final PageRenderer pageRenderer;

    CsrfProtection(CsrfTokens tokens, FilterBodyParser bodyParser, PageRenderer pageRenderer) {
        this.tokens = tokens;
        this.bodyParser = bodyParser;
        this.pageRenderer = pageRenderer;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.after();
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (!UNSAFE.contains(request.getMethod())) {
            return CompletableFuture.completedFuture(null);
        }
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return CompletableFuture.completedFuture(tokens.isValid(request, header) ? null : rejection(request));
        }
        boolean form = request.getContentType()
                .map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        if (!form) {
            return CompletableFuture.completedFuture(rejection(request));
        }
        return bodyParser.parseBody(request).thenApply(fields -> {
            Object token = fields.get(CsrfTokens.FIELD);
            return tokens.isValid(request, token == null ? null : token.toString()) ? null : rejection(request);
        });
    }

    /** Gives a browser without a token cookie the one its forms were signed for. */
    @ResponseFilter
    void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.NEW_VALUE_ATTRIBUTE, String.class).ifPresent(value ->
                response.cookie(Cookie.of(CsrfTokens.COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax)));
    }

    private HttpResponse<?> rejection(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>(Map.of(
                "status", 403, "titleKey", "error.csrf.title", "messageKey", "error.csrf.message"));
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE)
                .body(pageRenderer.render(new ModelAndView<>(ErrorPages.VIEW, model), request));
    }
}
