package app.skillcurrent.web.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser form's submission: url-encoded (CSRF-checked by {@code CsrfProtection}), answered with a redirect
 * (post/redirect/get) or, when the input is wrong, the form's page again with HTTP 422; on the blocking
 * executor. Beside {@code @Post}: {@code @Post("/profile") @Form HttpResponse<?> update(...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public @interface Form {
}
