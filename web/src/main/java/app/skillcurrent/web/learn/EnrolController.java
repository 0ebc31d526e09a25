package app.skillcurrent.web.learn;

import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.web.security.CurrentAccount;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** Enrolling from the course page; enrolling twice just continues the course. */
@Controller(value = "/courses/{slug}/enrol", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class EnrolController {

    private final CurrentAccount currentAccount;
    private final Enrolments enrolments;

    EnrolController(CurrentAccount currentAccount, Enrolments enrolments) {
        this.currentAccount = currentAccount;
        this.enrolments = enrolments;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enrol(HttpRequest<?> request, @PathVariable String slug) {
        enrolments.enrol(currentAccount.require(request).id(), slug);
        return HttpResponse.seeOther(URI.create("/learn/" + slug));
    }
}
