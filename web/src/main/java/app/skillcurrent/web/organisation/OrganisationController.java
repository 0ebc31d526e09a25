package app.skillcurrent.web.organisation;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.assignment.TeamReports;
import app.skillcurrent.core.organisation.Membership;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.RequestLocale;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organisations one belongs to, creating one, and an organisation's team dashboard. */
@Controller(value = "/organisations", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrganisationController {

    static final String LIST_VIEW = "organisation/list";
    static final String DASHBOARD_VIEW = "organisation/dashboard";

    private final CurrentAccount currentAccount;
    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final TeamReports reports;
    private final FormErrors formErrors;
    private final Messages messages;
    private final RequestLocale requestLocale;

    OrganisationController(CurrentAccount currentAccount, OrganisationAccess access, OrganisationService organisations, TeamReports reports,
                           FormErrors formErrors, Messages messages, RequestLocale requestLocale) {
        this.currentAccount = currentAccount;
        this.access = access;
        this.organisations = organisations;
        this.reports = reports;
        this.formErrors = formErrors;
        this.messages = messages;
        this.requestLocale = requestLocale;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        return new ModelAndView<>(LIST_VIEW, listModel(currentAccount.require(request), ""));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
        SignedIn me = currentAccount.require(request);
        try {
            Organisation created = organisations.create(form.get("name"), me.id());
            return Flash.set(HttpResponse.seeOther(URI.create("/organisations/" + created.publicId() + "/members")),
                    "organisation.flash.created");
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, LIST_VIEW, listModel(me, form.getOrDefault("name", "")), rejected);
        }
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> dashboard(HttpRequest<?> request, @PathVariable String id) {
        Organisation organisation = access.administered(request, id);
        Map<String, Object> model = new HashMap<>(ReportModel.of(reports.of(organisation), messages, requestLocale.of(request)));
        model.putAll(OrganisationPages.base(organisation, "overview"));
        model.put("seatsTaken", organisations.seatsTaken(organisation.id()));
        return new ModelAndView<>(DASHBOARD_VIEW, model);
    }

    private Map<String, Object> listModel(SignedIn me, String name) {
        List<Map<String, Object>> memberships = organisations.membershipsOf(me.id()).stream()
                .map(OrganisationController::membership).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("memberships", memberships);
        model.put("form", Map.of("name", name));
        return model;
    }

    private static Map<String, Object> membership(Membership membership) {
        return Map.of("publicId", membership.organisation().publicId(), "name", membership.organisation().name(),
                "admin", membership.isAdmin());
    }
}
