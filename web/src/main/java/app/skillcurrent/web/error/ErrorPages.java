package app.skillcurrent.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.json.JsonConfiguration;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import app.skillcurrent.core.database.DatabaseFailures;
import app.skillcurrent.web.view.Layouts;
import app.skillcurrent.web.view.PageRenderer;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.context.BeanProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Every error the framework answers (no route, bad request, too large, access denied, unexpected failure)
 * passes here: browsers get a styled page in their language, API clients JSON. A failure because the database
 * cannot be reached is answered 503 with {@code Retry-After}, its page built without the database. Neither ever shows a stack
 * trace or an exception message from inside the server.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
public class ErrorPages implements ErrorResponseProcessor<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final HateoasErrorResponseProcessor json;
    /** How long a client should wait before trying again while the database is away. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final BeanProvider<PageRenderer> pageRenderer;
    private final BeanProvider<Layouts> layouts;

    ErrorPages(JsonConfiguration jsonConfiguration, BeanProvider<PageRenderer> pageRenderer, BeanProvider<Layouts> layouts) {
        this.json = new HateoasErrorResponseProcessor(jsonConfiguration);
        this.pageRenderer = pageRenderer;
        this.layouts = layouts;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        boolean databaseDown = response.code() == 500
                && context.getRootCause().filter(DatabaseFailures::isUnavailable).isPresent();
        if (databaseDown) {
            // the database will be back: 503 tells browsers, proxies and load balancers to try again
            response.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            layouts.get().withoutAccount(context.getRequest());
        }
        int status = response.code();
        if (!wantsHtml(context.getRequest())) {
            if (status >= 500) {
                // a generic text only: internals stay in the log
                return response.contentType(MediaType.APPLICATION_JSON_TYPE).<Object>body(new ServerError(status,
                        databaseDown ? "Service unavailable" : "Internal server error"));
            }
            MutableHttpResponse<?> framework = json.processResponse(context, response);
            return framework.<Object>body(framework.body());
        }
        return response.contentType(MediaType.TEXT_HTML_TYPE).<Object>body(html(status, context.getRequest()));
    }

    /** What a JSON client learns of a failure inside the server. */
    @Serdeable
    record ServerError(int status, String message) {
    }

    /** The styled page; a plain one when even rendering fails (the database may be what is down). */
    private String html(int status, HttpRequest<?> request) {
        try {
            return pageRenderer.get().render(ErrorPage.of(status), request);
        } catch (RuntimeException e) {
            LOG.warn("Could not render the error page for status {}: {}", status, e.toString());
            return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + status
                    + "</title></head><body><main><h1>Error " + status + "</h1><p>Please try again in a moment.</p>"
                    + "<p><a href=\"/\">Home</a></p></main></body></html>";
        }
    }

    static boolean wantsHtml(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return false;
        }
        return request.accept().isEmpty() || request.accept().stream().anyMatch(t ->
                t.matches(MediaType.TEXT_HTML_TYPE) || t.getName().equals("*/*"));
    }
}
