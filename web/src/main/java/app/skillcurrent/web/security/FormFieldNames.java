package app.skillcurrent.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.nio.charset.CharacterCodingException;
import java.util.Map;

/**
 * Refuses, with HTTP 400, url-encoded bodies the framework cannot read safely, before any route or other
 * filter sees them (a query string with a malformed escape the framework already answers with 400):
 * <ul>
 * <li>a malformed {@code %} escape ({@code %zz}, a lone {@code %} at the end, or escapes that are not UTF-8,
 * {@code %C3%28}): the framework's decoder fails
 * with an exception whose message holds the whole body, passwords included, which it would log twice as an
 * unexpected error and answer with 500;</li>
 * <li>field names with list indexes ({@code tasks[1].text}): the framework binds such names to lists, and a
 * high index followed by a lower one makes its binder grow a list without end until the server runs out of
 * memory. No form of this application names its fields that way (slots are map keys: {@code tasks.1.text}).</li>
 * </ul>
 * The refusal names neither the body nor the field.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class FormFieldNames implements HttpServerFilter {

    private final FilterBodyParser bodyParser;

    FormFieldNames(FilterBodyParser bodyParser) {
        this.bodyParser = bodyParser;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean form = request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).orElse(false);
        if (!form) {
            return chain.proceed(request);
        }
        return Mono.defer(() -> Mono.fromFuture(bodyParser.parseBody(request)))
                .onErrorMap(FormFieldNames::undecodable, malformed -> malformedEscape())
                .defaultIfEmpty(Map.of())
                .flatMap(fields -> fields.keySet().stream().anyMatch(name -> name.indexOf('[') >= 0 || name.indexOf(']') >= 0)
                        ? Mono.error(new HttpStatusException(HttpStatus.BAD_REQUEST, "list-indexed form field names"))
                        : Mono.from(chain.proceed(request)));
    }

    /**
     * The decoder's failures, also when they arrive wrapped by the future that carried them: a malformed escape
     * (IllegalArgumentException) or escapes that are not UTF-8, such as {@code %C3%28} (a CharacterCodingException
     * inside an IllegalStateException).
     */
    private static boolean undecodable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static HttpStatusException malformedEscape() {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, "malformed percent-encoding");
    }
}
