package app.skillcurrent.web.organisation;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.web.security.CurrentAccount;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** Assigning courses and tracks to members and teams, with due dates. */
@Controller(value = "/organisations/{id}/assignments", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssignmentsController {

    static final String VIEW = "organisation/assignments";

    private final CurrentAccount currentAccount;
    private final OrganisationAccess access;
    private final Assignments assignments;
    private final Members members;
    private final Teams teams;
    private final FormErrors formErrors;

    AssignmentsController(CurrentAccount currentAccount, OrganisationAccess access, Assignments assignments,
                          Members members, Teams teams, FormErrors formErrors) {
        this.currentAccount = currentAccount;
        this.access = access;
        this.assignments = assignments;
        this.members = members;
        this.teams = teams;
        this.formErrors = formErrors;
    }

    @Get
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request, @PathVariable String id) {
        return new ModelAndView<>(VIEW, model(access.administered(request, id), Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assign(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        try {
            assignments.assign(organisation, currentAccount.require(request).id(), form.get("what"), form.get("whom"),
                    dueOn(form.get("dueOn")));
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, VIEW, model(organisation, form), rejected);
        }
        return Flash.set(HttpResponse.seeOther(URI.create(OrganisationPages.path(organisation, "/assignments"))),
                "organisation.flash.assigned");
    }

    @Post(value = "/{assignment}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String id, @PathVariable String assignment) {
        Organisation organisation = access.administered(request, id);
        assignments.delete(organisation, assignment);
        return Flash.set(HttpResponse.seeOther(URI.create(OrganisationPages.path(organisation, "/assignments"))),
                "organisation.flash.unassigned");
    }

    private static LocalDate dueOn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new FieldRejectedException("dueOn", "error.assignment.dueFormat");
        }
    }

    private Map<String, Object> model(Organisation organisation, Map<String, String> entered) {
        Map<String, Object> model = OrganisationPages.base(organisation, "assignments");
        String what = entered.getOrDefault("what", "");
        String whom = entered.getOrDefault("whom", "");
        Assignments.Choices choices = assignments.choices();
        model.put("courses", choices.courses().stream().map(c -> option("course:" + c.slug(), c.title(), what)).toList());
        model.put("tracks", choices.tracks().stream().map(t -> option("track:" + t.slug(), t.title(), what)).toList());
        model.put("members", members.of(organisation).stream().map(m -> option("member:" + m.publicId(), m.displayName(), whom)).toList());
        model.put("teams", teams.of(organisation).stream().map(t -> option("team:" + t.publicId(), t.name(), whom)).toList());
        model.put("form", Map.of("dueOn", entered.getOrDefault("dueOn", "")));
        model.put("assignments", assignments.of(organisation).stream().map(a -> {
            Map<String, Object> row = new HashMap<>();
            row.put("publicId", a.publicId());
            row.put("title", a.title());
            row.put("track", a.isTrack());
            row.put("team", a.isForTeam());
            row.put("assignee", a.assigneeName());
            row.put("due", a.dueOn() == null ? null : a.dueOn().toString());
            return row;
        }).toList());
        return model;
    }

    private static Map<String, Object> option(String value, String label, String selected) {
        return Map.of("value", value, "label", label, "selected", value.equals(selected));
    }
}
