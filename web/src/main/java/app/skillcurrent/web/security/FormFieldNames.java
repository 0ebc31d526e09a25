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

/**
 * Refuses url-encoded bodies whose field names use list indexes ({@code tasks[1].text}) with HTTP 400. The
 * framework binds such names to lists, and a name with a high index followed by one with a lower index makes
 * its binder grow a list without end until the server runs out of memory: one request could take the server
 * down. No form of this application names its fields that way (slots are map keys: {@code tasks.1.text}).
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
        return Mono.fromFuture(bodyParser.parseBody(request))
                .defaultIfEmpty(java.util.Map.of())
                .flatMap(fields -> fields.keySet().stream().anyMatch(name -> name.indexOf('[') >= 0 || name.indexOf(']') >= 0)
                        ? Mono.error(new HttpStatusException(HttpStatus.BAD_REQUEST, "list-indexed form field names"))
                        : Mono.from(chain.proceed(request)));
    }
}
