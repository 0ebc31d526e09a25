package app.skillcurrent.web.organisation;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.assignment.Team;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Teams: named groups of members that courses and tracks can be assigned to. */
@Controller(value = "/organisations/{id}/teams", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TeamsController {

    static final String VIEW = "organisation/teams";

    private final OrganisationAccess access;
    private final Teams teams;
    private final Members members;
    private final FormErrors formErrors;

    TeamsController(OrganisationAccess access, Teams teams, Members members, FormErrors formErrors) {
        this.access = access;
        this.teams = teams;
        this.members = members;
        this.formErrors = formErrors;
    }

    @Get
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request, @PathVariable String id) {
        return new ModelAndView<>(VIEW, model(access.administered(request, id), ""));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        try {
            teams.create(organisation, form.get("name"));
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, VIEW, model(organisation, form.getOrDefault("name", "")), rejected);
        }
        return back(organisation, "organisation.flash.teamCreated");
    }

    @Post(value = "/{team}/members", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, @PathVariable String id, @PathVariable String team,
                        @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        teams.addMember(organisation, team, form.getOrDefault("member", ""));
        return back(organisation, "organisation.flash.saved");
    }

    @Post(value = "/{team}/members/{member}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(HttpRequest<?> request, @PathVariable String id, @PathVariable String team,
                                 @PathVariable String member) {
        Organisation organisation = access.administered(request, id);
        teams.removeMember(organisation, team, member);
        return back(organisation, "organisation.flash.saved");
    }

    @Post(value = "/{team}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String id, @PathVariable String team,
                           @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        teams.find(organisation, team);
        if (!"yes".equals(form.get("confirm"))) {
            Map<String, Object> model = model(organisation, "");
            model.put("confirmTeam", team);
            return formErrors.rerender(request, VIEW, model, Map.of("confirm", "error.team.confirmDelete"));
        }
        teams.delete(organisation, team);
        return back(organisation, "organisation.flash.teamDeleted");
    }

    private HttpResponse<?> back(Organisation organisation, String flashKey) {
        return Flash.set(HttpResponse.seeOther(URI.create(OrganisationPages.path(organisation, "/teams"))), flashKey);
    }

    private Map<String, Object> model(Organisation organisation, String name) {
        Map<String, Object> model = OrganisationPages.base(organisation, "teams");
        var people = members.of(organisation);
        model.put("form", Map.of("name", name));
        model.put("teams", teams.of(organisation).stream().map(team -> {
            Set<Long> inTeam = team.members().stream().map(Team.TeamMember::userId).collect(Collectors.toSet());
            return Map.<String, Object>of("publicId", team.publicId(), "name", team.name(),
                    "members", team.members().stream().map(m -> Map.of("publicId", m.publicId(), "name", m.displayName())).toList(),
                    "candidates", people.stream().filter(p -> !inTeam.contains(p.userId()))
                            .map(p -> Map.of("publicId", p.publicId(), "name", p.displayName())).toList());
        }).toList());
        return model;
    }
}
