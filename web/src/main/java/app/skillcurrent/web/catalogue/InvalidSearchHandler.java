package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.InvalidSearchException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** A catalogue address no form of ours produces is a bad request, shown as the usual 400 page. */
@Singleton
class InvalidSearchHandler implements ExceptionHandler<InvalidSearchException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    InvalidSearchHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidSearchException exception) {
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                .errorMessage(HttpStatus.BAD_REQUEST.getReason()).build(), HttpResponse.badRequest());
    }
}
