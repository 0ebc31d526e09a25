package app.skillcurrent.web.error;

import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Content that does not exist is a 404, content one may not touch a 403; both as the usual error pages. */
@Factory
public class ContentErrors {

    @Singleton
    ExceptionHandler<NotFoundException, HttpResponse<?>> notFound(ErrorResponseProcessor<?> errors) {
        return (request, e) -> respond(errors, request, e, HttpStatus.NOT_FOUND);
    }

    @Singleton
    ExceptionHandler<NotAllowedException, HttpResponse<?>> notAllowed(ErrorResponseProcessor<?> errors) {
        return (request, e) -> respond(errors, request, e, HttpStatus.FORBIDDEN);
    }

    private static HttpResponse<?> respond(ErrorResponseProcessor<?> errors, HttpRequest<?> request, Throwable e,
                                           HttpStatus status) {
        return errors.processResponse(ErrorContext.builder(request).cause(e).errorMessage(status.getReason()).build(),
                HttpResponse.status(status));
    }
}
