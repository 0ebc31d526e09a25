package app.skillcurrent.web.learn;

import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.security.SignedIn;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** Enrolling from the course page; enrolling twice just continues the course. */
@Controller("/courses/{slug}/enrol")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class EnrolController {

    private final Enrolments enrolments;

    EnrolController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Post @Form
    HttpResponse<?> enrol(SignedIn me, @PathVariable String slug) {
        enrolments.enrol(me.id(), slug);
        return HttpResponse.seeOther(URI.create("/learn/" + slug));
    }
}
