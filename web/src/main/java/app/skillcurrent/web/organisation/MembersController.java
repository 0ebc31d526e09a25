package app.skillcurrent.web.organisation;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.support.validation.OneOf;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.core.organisation.MemberBudget;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.NewInvitation;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationRole;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.core.organisation.OrganisationSettings;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.Forms;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

import java.net.URI;

/**
 * An organisation's people: settings (name, seats, default budget), invitations, roles, own budgets and
 * removal. Every action is for the organisation's admins ({@link OrganisationAdmin}); members and invitations
 * are looked up within that organisation, so another's ids are not found.
 */
@Controller("/organisations/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MembersController {

    private final OrganisationService organisations;
    private final Members members;
    private final Invitations invitations;
    private final MembersPages pages;
    private final Forms forms;

    MembersController(OrganisationService organisations, Members members, Invitations invitations, MembersPages pages,
                      Forms forms) {
        this.organisations = organisations;
        this.members = members;
        this.invitations = invitations;
        this.pages = pages;
        this.forms = forms;
    }

    @Get("/members") @Html
    MembersPage show(OrganisationAdmin admin) {
        return pages.of(admin.organisation(), FieldErrors.NONE);
    }

    @Post("/settings") @Form
    HttpResponse<?> settings(HttpRequest<?> request, OrganisationAdmin admin, @Body OrganisationSettings form) {
        Organisation organisation = admin.organisation();
        return forms.handle(request, form, errors -> pages.withSettings(organisation, form, errors), valid -> {
            organisations.updateSettings(organisation, valid);
            return Flash.set(HttpResponse.seeOther(admin.page("/members")), "organisation.flash.saved");
        });
    }

    /** Answers with the page showing the new invitation's link (201): it is shown this once. */
    @Post("/invitations") @Form
    HttpResponse<?> invite(HttpRequest<?> request, OrganisationAdmin admin, @Body NewInvitation form) {
        Organisation organisation = admin.organisation();
        return forms.handle(request, form, errors -> pages.withInvitation(organisation, form, errors), valid ->
                HttpResponse.status(HttpStatus.CREATED)
                        .body(pages.issued(organisation, invitations.invite(organisation, admin.admin().id(), valid))));
    }

    @Post("/invitations/{invitation}/resend") @Form
    HttpResponse<?> resend(HttpRequest<?> request, OrganisationAdmin admin, @PathVariable String invitation) {
        Organisation organisation = admin.organisation();
        try {
            return HttpResponse.status(HttpStatus.CREATED).body(pages.issued(organisation, invitations.resend(organisation, invitation)));
        } catch (FieldRejectedException noSeat) {
            return Forms.rejected(pages.of(organisation, forms.errors(request, noSeat)));
        }
    }

    @Post("/invitations/{invitation}/revoke") @Form
    HttpResponse<?> revoke(OrganisationAdmin admin, @PathVariable String invitation) {
        invitations.revoke(admin.organisation(), invitation);
        return Flash.set(HttpResponse.seeOther(admin.page("/members")), "organisation.flash.revoked");
    }

    @Post("/members/{member}/role") @Form
    HttpResponse<?> role(HttpRequest<?> request, OrganisationAdmin admin, @PathVariable String member,
                         @Body RoleForm form) {
        Organisation organisation = admin.organisation();
        return forms.handle(request, form, errors -> pages.of(organisation, errors), valid -> {
            members.setRole(organisation, member, valid.organisationRole());
            return Flash.set(HttpResponse.seeOther(admin.page("/members")), "organisation.flash.saved");
        });
    }

    @Post("/members/{member}/budget") @Form
    HttpResponse<?> budget(HttpRequest<?> request, OrganisationAdmin admin, @PathVariable String member,
                           @Body MemberBudget form) {
        Organisation organisation = admin.organisation();
        Member target = members.find(organisation, member);
        return forms.handle(request, form, errors -> pages.withBudget(organisation, target, form, errors), valid -> {
            members.setBudget(organisation, target.publicId(), valid);
            return Flash.set(HttpResponse.seeOther(admin.page("/members")), "organisation.flash.saved");
        });
    }

    @Get("/members/{member}/remove") @Html
    RemoveMemberPage confirmRemoval(OrganisationAdmin admin, @PathVariable String member) {
        return RemoveMemberPage.of(admin, members.find(admin.organisation(), member), FieldErrors.NONE);
    }

    /** Removing oneself ends on the list of one's organisations: this one's pages are no longer one's own. */
    @Post("/members/{member}/remove") @Form
    HttpResponse<?> remove(HttpRequest<?> request, OrganisationAdmin admin, @PathVariable String member,
                           @Body RemovalForm form) {
        Member target = members.find(admin.organisation(), member);
        return forms.handle(request, form, errors -> RemoveMemberPage.of(admin, target, errors), valid -> {
            members.remove(admin.organisation(), target.publicId());
            boolean removedSelf = target.userId() == admin.admin().id();
            return Flash.set(HttpResponse.seeOther(removedSelf ? URI.create("/organisations") : admin.page("/members")),
                    "organisation.flash.removed");
        });
    }

    /** The role a member is given: the button sends the one they do not have. */
    @Serdeable
    @Introspected
    record RoleForm(@NotBlank(message = "error.organisation.role")
                    @OneOf(value = {"ADMIN", "MEMBER"}, message = "error.organisation.role") @Label("organisation.role") @Nullable String role) {

        OrganisationRole organisationRole() {
            return OrganisationRole.valueOf(role);
        }
    }

    /** Removing someone takes a ticked box, so a slip of the mouse removes nobody. */
    @Serdeable
    @Introspected
    record RemovalForm(@NotBlank(message = "error.organisation.confirmRemove")
                       @OneOf(value = "yes", message = "error.organisation.confirmRemove") @Label("organisation.removeMember.confirm") @Nullable String confirm) {
    }
}
