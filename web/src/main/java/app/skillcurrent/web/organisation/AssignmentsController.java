package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.NewAssignment;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Assigning courses and tracks to members and teams, with due dates. */
@Controller("/organisations/{id}/assignments")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AssignmentsController {

    private static final NewAssignment NOTHING_CHOSEN = new NewAssignment("", "", "");

    private final Assignments assignments;
    private final Members members;
    private final Teams teams;
    private final Forms forms;

    AssignmentsController(Assignments assignments, Members members, Teams teams, Forms forms) {
        this.assignments = assignments;
        this.members = members;
        this.teams = teams;
        this.forms = forms;
    }

    @Get @Html
    AssignmentsPage show(OrganisationAdmin admin) {
        return page(admin, NOTHING_CHOSEN, FieldErrors.NONE);
    }

    @Post @Form
    HttpResponse<?> assign(HttpRequest<?> request, OrganisationAdmin admin, @Body NewAssignment form) {
        return forms.handle(request, form, errors -> page(admin, form, errors), valid -> {
            assignments.assign(admin.organisation(), admin.admin().id(), valid);
            return Flash.set(HttpResponse.seeOther(admin.page("/assignments")), "organisation.flash.assigned");
        });
    }

    @Post("/{assignment}/delete") @Form
    HttpResponse<?> delete(OrganisationAdmin admin, @PathVariable String assignment) {
        assignments.delete(admin.organisation(), assignment);
        return Flash.set(HttpResponse.seeOther(admin.page("/assignments")), "organisation.flash.unassigned");
    }

    private AssignmentsPage page(OrganisationAdmin admin, NewAssignment form, FieldErrors errors) {
        return AssignmentsPage.of(admin, assignments.choices(), teams.of(admin.organisation()),
                members.of(admin.organisation()), assignments.of(admin.organisation()), form, errors);
    }
}
