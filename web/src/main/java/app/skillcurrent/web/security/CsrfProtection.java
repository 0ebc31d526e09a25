package app.skillcurrent.web.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.Set;

/**
 * Refuses every state-changing request (POST, PUT, PATCH, DELETE) that does not carry this browser's CSRF
 * token, in the {@code csrfToken} form field or the {@code X-CSRF-Token} header, and gives browsers that have
 * no token cookie yet the one their forms were signed for. Runs after security, so the refusal page is in
 * the person's language ({@link CsrfRejectedException} is answered by the error pages).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class CsrfProtection implements HttpServerFilter {

    private static final Set<HttpMethod> UNSAFE = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final CsrfTokens tokens;
    private final FilterBodyParser bodyParser;

    CsrfProtection(CsrfTokens tokens, FilterBodyParser bodyParser) {
        this.tokens = tokens;
        this.bodyParser = bodyParser;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return checked(request).flatMap(allowed -> allowed
                        ? Mono.from(chain.proceed(request))
                        : Mono.error(new CsrfRejectedException()))
                .doOnNext(response -> CsrfTokens.issueCookie(request, response));
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
}
