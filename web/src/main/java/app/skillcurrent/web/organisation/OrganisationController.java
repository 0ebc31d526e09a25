package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.TeamReports;
import app.skillcurrent.core.organisation.NewOrganisation;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** The organisations one belongs to, creating one, and an organisation's team dashboard. */
@Controller("/organisations")
@Secured(SecurityRule.IS_AUTHENTICATED)
class OrganisationController {

    private final OrganisationService organisations;
    private final TeamReports reports;
    private final Forms forms;

    OrganisationController(OrganisationService organisations, TeamReports reports, Forms forms) {
        this.organisations = organisations;
        this.reports = reports;
        this.forms = forms;
    }

    @Get @Html
    OrganisationsPage list(SignedIn me) {
        return OrganisationsPage.of(organisations.membershipsOf(me.id()), new NewOrganisation(""), FieldErrors.NONE);
    }

    @Post @Form
    HttpResponse<?> create(HttpRequest<?> request, SignedIn me, @Body NewOrganisation form) {
        return forms.handle(request, form, errors -> OrganisationsPage.of(organisations.membershipsOf(me.id()), form, errors),
                valid -> {
                    Organisation created = organisations.create(valid, me.id());
                    return Flash.set(HttpResponse.seeOther(URI.create("/organisations/" + created.publicId() + "/members")),
                            "organisation.flash.created");
                });
    }

    @Get("/{id}") @Html
    TeamDashboardPage dashboard(OrganisationAdmin admin) {
        Organisation organisation = admin.organisation();
        return TeamDashboards.of(reports.of(organisation), organisations.seatsTaken(organisation.id()));
    }
}
