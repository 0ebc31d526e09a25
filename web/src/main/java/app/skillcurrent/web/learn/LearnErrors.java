package app.skillcurrent.web.learn;

import app.skillcurrent.core.enrolment.NotEnrolledException;
import app.skillcurrent.web.view.Flash;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.net.URI;

/** A lesson of a course one has not enrolled in: browsers go to the course page to enrol, API clients get 403. */
@Factory
public class LearnErrors {

    @Singleton
    ExceptionHandler<NotEnrolledException, HttpResponse<?>> notEnrolled(ErrorResponseProcessor<?> errors) {
        return (request, e) -> {
            boolean html = request.getHeaders().accept().stream().anyMatch(t -> t.getName().equals("text/html"));
            if (html && request.getMethod() == HttpMethod.GET) {
                return Flash.set(HttpResponse.seeOther(URI.create("/courses/" + e.courseSlug())), "flash.enrolFirst");
            }
            return errors.processResponse(ErrorContext.builder(request).cause(e).errorMessage("Not enrolled").build(),
                    HttpResponse.status(HttpStatus.FORBIDDEN));
        };
    }
}
