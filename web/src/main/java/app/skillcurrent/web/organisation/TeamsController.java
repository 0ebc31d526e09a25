package app.skillcurrent.web.organisation;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.OneOf;
import app.skillcurrent.core.assignment.NewTeam;
import app.skillcurrent.core.assignment.Team;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** Teams: named groups of members that courses and tracks can be assigned to. */
@Controller("/organisations/{id}/teams")
@Secured(SecurityRule.IS_AUTHENTICATED)
class TeamsController {

    private static final NewTeam NO_TEAM = new NewTeam("");

    private final Teams teams;
    private final Members members;
    private final Forms forms;

    TeamsController(Teams teams, Members members, Forms forms) {
        this.teams = teams;
        this.members = members;
        this.forms = forms;
    }

    @Get @Html
    TeamsPage show(OrganisationAdmin admin) {
        return page(admin, NO_TEAM, null, FieldErrors.NONE);
    }

    @Post @Form
    HttpResponse<?> create(HttpRequest<?> request, OrganisationAdmin admin, @Body NewTeam form) {
        return forms.handle(request, form, errors -> page(admin, form, null, errors), valid -> {
            teams.create(admin.organisation(), valid);
            return back(admin, "organisation.flash.teamCreated");
        });
    }

    /** A member who is not the organisation's is not found, like any other organisation's id. */
    @Post("/{team}/members") @Form
    HttpResponse<?> add(OrganisationAdmin admin, @PathVariable String team, @Body TeamPlaceForm form) {
        teams.addMember(admin.organisation(), team, form.member() == null ? "" : form.member());
        return back(admin, "organisation.flash.saved");
    }

    @Post("/{team}/members/{member}/remove") @Form
    HttpResponse<?> removeMember(OrganisationAdmin admin, @PathVariable String team, @PathVariable String member) {
        teams.removeMember(admin.organisation(), team, member);
        return back(admin, "organisation.flash.saved");
    }

    @Post("/{team}/delete") @Form
    HttpResponse<?> delete(HttpRequest<?> request, OrganisationAdmin admin, @PathVariable String team,
                           @Body DeletionForm form) {
        Team found = teams.find(admin.organisation(), team);
        return forms.handle(request, form, errors -> page(admin, NO_TEAM, found.publicId(), errors), valid -> {
            teams.delete(admin.organisation(), found.publicId());
            return back(admin, "organisation.flash.teamDeleted");
        });
    }

    private TeamsPage page(OrganisationAdmin admin, NewTeam form, @Nullable String refusedDeletion, FieldErrors errors) {
        return TeamsPage.of(admin, teams.of(admin.organisation()), members.of(admin.organisation()), form, refusedDeletion, errors);
    }

    private static HttpResponse<?> back(OrganisationAdmin admin, String flashKey) {
        return Flash.set(HttpResponse.seeOther(admin.page("/teams")), flashKey);
    }

    /**
     * The member to add, chosen from the team's list of candidates. Not checked here: any id that is not one of
     * the organisation's members is answered 404 by the service, like a foreign id in the path.
     */
    @Serdeable
    @Introspected
    record TeamPlaceForm(@Nullable String member) {
    }

    /** Deleting a team takes a ticked box: its assignments go with it. */
    @Serdeable
    @Introspected
    record DeletionForm(@NotBlank(message = "error.team.confirmDelete")
                        @OneOf(value = "yes", message = "error.team.confirmDelete") @Label("organisation.teams.confirmDelete") @Nullable String confirm) {
    }
}
