package app.skillcurrent.web.security;

import app.skillcurrent.web.error.ErrorPages;
import app.skillcurrent.web.view.PageRenderer;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.views.ModelAndView;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Refuses every state-changing request (POST, PUT, PATCH, DELETE) that does not carry this browser's CSRF
 * token, in the {@code csrfToken} form field or the {@code X-CSRF-Token} header, and gives browsers that have
 * no token cookie yet the one their forms were signed for. Runs after security, so the refusal page is in
 * the person's language.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class CsrfProtection implements HttpServerFilter {

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
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return checked(request).flatMap(allowed -> allowed
                        ? Mono.from(chain.proceed(request))
                        : Mono.fromCallable(() -> rejection(request)))
                .doOnNext(response -> issueCookie(request, response));
    }

    private Mono<Boolean> checked(HttpRequest<?> request) {
        if (!UNSAFE.contains(request.getMethod())) {
            return Mono.just(true);
        }
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return Mono.just(tokens.isValid(request, header));
        }
        boolean form = request.getContentType()
                .map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        if (!form) {
            return Mono.just(false);
        }
        return Mono.fromFuture(bodyParser.parseBody(request)).map(fields -> {
            Object token = fields.get(CsrfTokens.FIELD);
            return tokens.isValid(request, token == null ? null : token.toString());
        }).defaultIfEmpty(false);
    }

    private void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.NEW_VALUE_ATTRIBUTE, String.class).ifPresent(value ->
                response.cookie(Cookie.of(CsrfTokens.COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax)));
    }

    private MutableHttpResponse<?> rejection(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>(Map.of(
                "status", 403, "titleKey", "error.csrf.title", "messageKey", "error.csrf.message"));
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE)
                .body(pageRenderer.render(new ModelAndView<>(ErrorPages.VIEW, model), request));
    }
}
