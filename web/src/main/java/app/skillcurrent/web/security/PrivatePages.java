package app.skillcurrent.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * What a signed-in person is shown (pages, the team report's CSV and JSON, their certificates' JSON) is
 * theirs: {@code Cache-Control: no-store} keeps it out of shared caches and out of the browser's cache, where
 * the next person at a shared computer could open it with "back". The site's static files stay cacheable.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PrivatePages implements Ordered {

    static final String NO_STORE = "no-store";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void notStored(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getUserPrincipal().isPresent() && !request.getPath().startsWith("/assets/")) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
