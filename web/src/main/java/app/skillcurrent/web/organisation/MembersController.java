package app.skillcurrent.web.organisation;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.core.organisation.Budget;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Invitation;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.IssuedInvitation;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationRole;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organisation's people: settings (name, seats, default budget), invitations, roles, own budgets and
 * removal. Every action is for the organisation's admins; the services check that before anything else.
 */
@Controller(value = "/organisations/{id}", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MembersController {

    static final String VIEW = "organisation/members";
    static final String REMOVE_VIEW = "organisation/remove-member";

    private final CurrentAccount currentAccount;
    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final Members members;
    private final Invitations invitations;
    private final Budgets budgets;
    private final FormErrors formErrors;
    private final Issuer issuer;
    private final Clock clock;

    MembersController(CurrentAccount currentAccount, OrganisationAccess access, OrganisationService organisations, Members members,
                      Invitations invitations, Budgets budgets, FormErrors formErrors, Issuer issuer,
                      Clock clock) {
        this.currentAccount = currentAccount;
        this.access = access;
        this.organisations = organisations;
        this.members = members;
        this.invitations = invitations;
        this.budgets = budgets;
        this.formErrors = formErrors;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Get("/members")
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request, @PathVariable String id) {
        return new ModelAndView<>(VIEW, model(access.administered(request, id), Map.of()));
    }

    @Post(value = "/settings", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> settings(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        try {
            int seats = parseSeats(form.get("seats"));
            Budget budget = BudgetForm.parse(form.get("budgetHours"), form.get("budgetPeriod"), "defaultBudget");
            organisations.updateSettings(organisation, form.get("name"), seats, budget);
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, VIEW, model(organisation, Map.of("settings", form)), rejected);
        }
        return Flash.set(HttpResponse.seeOther(URI.create(OrganisationPages.path(organisation, "/members"))),
                "organisation.flash.saved");
    }

    @Post(value = "/invitations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        try {
            IssuedInvitation issued = invitations.invite(organisation, currentAccount.require(request).id(), form.get("email"));
            return issued(organisation, issued);
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, VIEW, model(organisation, Map.of("invite", form)), rejected);
        }
    }

    @Post(value = "/invitations/{invitation}/resend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resend(HttpRequest<?> request, @PathVariable String id, @PathVariable String invitation) {
        Organisation organisation = access.administered(request, id);
        try {
            return issued(organisation, invitations.resend(organisation, invitation));
        } catch (FieldRejectedException rejected) {
            return formErrors.rerender(request, VIEW, model(organisation, Map.of()), rejected);
        }
    }

    @Post(value = "/invitations/{invitation}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable String id, @PathVariable String invitation) {
        Organisation organisation = access.administered(request, id);
        invitations.revoke(organisation, invitation);
        return Flash.set(HttpResponse.seeOther(URI.create(OrganisationPages.path(organisation, "/members"))),
                "organisation.flash.revoked");
    }

    @Post(value = "/members/{member}/role", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> role(HttpRequest<?> request, @PathVariable String id, @PathVariable String member,
                         @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        OrganisationRole role = "ADMIN".equals(form.get("role")) ? OrganisationRole.ADMIN
                : "MEMBER".equals(form.get("role")) ? OrganisationRole.MEMBER : null;
        if (role == null) {
            return formErrors.rerender(request, VIEW, model(organisation, Map.of()), Map.of("role", "error.organisation.role"));
        }
        members.setRole(organisation, member, role);
        return Flash.set(HttpResponse.seeOther(URI.create(OrganisationPages.path(organisation, "/members"))),
                "organisation.flash.saved");
    }

    @Post(value = "/members/{member}/budget", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> budget(HttpRequest<?> request, @PathVariable String id, @PathVariable String member,
                           @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        Member target = members.find(organisation, member);
        try {
            members.setBudget(organisation, member, BudgetForm.parse(form.get("budgetHours"), form.get("budgetPeriod"), "budget"));
        } catch (FieldRejectedException rejected) {
            Map<String, Object> model = model(organisation, Map.of("budgetOf", target.publicId(), "budgetForm", form));
            return formErrors.rerender(request, VIEW, model, rejected);
        }
        return Flash.set(HttpResponse.seeOther(URI.create(OrganisationPages.path(organisation, "/members"))),
                "organisation.flash.saved");
    }

    @Get("/members/{member}/remove")
    ModelAndView<Map<String, Object>> confirmRemoval(HttpRequest<?> request, @PathVariable String id, @PathVariable String member) {
        Organisation organisation = access.administered(request, id);
        Member target = members.find(organisation, member);
        Map<String, Object> model = OrganisationPages.base(organisation, "members");
        model.put("member", Map.of("publicId", target.publicId(), "name", target.displayName(), "email", target.email()));
        return new ModelAndView<>(REMOVE_VIEW, model);
    }

    @Post(value = "/members/{member}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable String id, @PathVariable String member,
                           @Body Map<String, String> form) {
        Organisation organisation = access.administered(request, id);
        Member target = members.find(organisation, member);
        if (!"yes".equals(form.get("confirm"))) {
            Map<String, Object> model = OrganisationPages.base(organisation, "members");
            model.put("member", Map.of("publicId", target.publicId(), "name", target.displayName(), "email", target.email()));
            return formErrors.rerender(request, REMOVE_VIEW, model, Map.of("confirm", "error.organisation.confirmRemove"));
        }
        members.remove(organisation, member);
        boolean removedSelf = target.userId() == currentAccount.require(request).id();
        return Flash.set(HttpResponse.seeOther(URI.create(removedSelf ? "/organisations" : OrganisationPages.path(organisation, "/members"))),
                "organisation.flash.removed");
    }

    private HttpResponse<?> issued(Organisation organisation, IssuedInvitation issued) {
        // the installation's public address, like every link that leaves the site, not the request's Host header
        String link = issuer.baseUrl() + "/invitations/" + issued.token();
        Map<String, Object> model = model(organisation, Map.of());
        model.put("newInvitation", Map.of("email", issued.invitation().email(), "link", link,
                "expires", LocalDate.ofInstant(issued.invitation().expiresAt(), ZoneOffset.UTC).toString()));
        return HttpResponse.status(HttpStatus.CREATED).body(new ModelAndView<>(VIEW, model));
    }

    private static int parseSeats(String seats) {
        try {
            return Integer.parseInt(seats == null ? "" : seats.strip());
        } catch (NumberFormatException notANumber) {
            throw new FieldRejectedException("seats", "error.organisation.seatsRange");
        }
    }

    /** @param entered what a re-rendered form should show again ("settings", "invite", "budgetOf", "budgetForm") */
    private Map<String, Object> model(Organisation current, Map<String, Object> entered) {
        Organisation organisation = current;
        Map<String, Object> model = OrganisationPages.base(organisation, "members");
        model.put("seatsTaken", organisations.seatsTaken(organisation.id()));
        Map<String, Object> settings = new HashMap<>();
        settings.put("name", organisation.name());
        settings.put("seats", String.valueOf(organisation.seats()));
        settings.put("budgetHours", BudgetForm.hours(organisation.defaultBudget()));
        settings.put("budgetPeriod", BudgetForm.period(organisation.defaultBudget()));
        if (entered.get("settings") instanceof Map<?, ?> form) {
            form.forEach((k, v) -> settings.put(String.valueOf(k), v));
        }
        model.put("settings", settings);
        model.put("invite", entered.getOrDefault("invite", Map.of("email", "")));
        List<Member> people = members.of(organisation);
        Map<Long, Budgets.Usage> usages = budgets.usages(organisation, people);
        model.put("members", people.stream().map(m -> member(organisation, m, usages.get(m.userId()), entered)).toList());
        var now = clock.instant();
        model.put("invitations", invitations.open(organisation).stream().map(i -> Map.of(
                "publicId", i.publicId(), "email", i.email(),
                "expires", LocalDate.ofInstant(i.expiresAt(), ZoneOffset.UTC).toString(),
                "expired", i.state(now) == Invitation.State.EXPIRED)).toList());
        return model;
    }

    private Map<String, Object> member(Organisation organisation, Member member, Budgets.Usage usage,
                                       Map<String, Object> entered) {
        Map<String, Object> row = new HashMap<>();
        row.put("publicId", member.publicId());
        row.put("name", member.displayName());
        row.put("email", member.email());
        row.put("admin", member.isAdmin());
        Optional<Budget> own = member.ownBudget();
        row.put("ownBudget", own.isPresent());
        row.put("budgetHours", BudgetForm.hours(own));
        row.put("budgetPeriod", BudgetForm.period(own.or(organisation::defaultBudget)));
        if (member.publicId().equals(entered.get("budgetOf")) && entered.get("budgetForm") instanceof Map<?, ?> form) {
            row.put("budgetHours", form.get("budgetHours"));
            row.put("budgetPeriod", form.get("budgetPeriod"));
            row.put("budgetInvalid", true);
        }
        if (usage != null) {
            row.put("used", Durations.hoursMinutes(usage.usedSeconds()));
            row.put("allocated", Durations.hoursMinutes(usage.allocatedSeconds()));
            row.put("periodKey", "organisation.period." + usage.budget().period().name());
            row.put("over", usage.overSeconds() > 0);
        }
        return row;
    }
}
