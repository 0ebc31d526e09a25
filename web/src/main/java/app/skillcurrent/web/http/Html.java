package app.skillcurrent.web.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that answers with a page: HTML, run on the blocking executor because pages read the database.
 * Beside {@code @Get}: {@code @Get("/profile") @Html ProfilePage show(SignedIn me)}. The method returns a
 * {@code Page} record, an {@code HttpResponse} carrying one, or a redirect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public @interface Html {
}
