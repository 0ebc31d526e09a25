package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Invitation;
import app.skillcurrent.core.organisation.InvitationLookup;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Flash;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import java.util.Map;
import java.util.Optional;

/**
 * The page an invitation link opens, and accepting it. Anyone with the link sees which organisation invites
 * which address; only the account with that address can accept, so a forwarded link is of no use.
 */
@Controller(value = "/invitations", produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InvitationController {

    static final String VIEW = "organisation/invitation";

    private final CurrentAccount currentAccount;
    private final Invitations invitations;

    InvitationController(CurrentAccount currentAccount, Invitations invitations) {
        this.currentAccount = currentAccount;
        this.invitations = invitations;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{token}")
    HttpResponse<ModelAndView<Map<String, Object>>> show(HttpRequest<?> request, @PathVariable String token) {
        InvitationLookup lookup = invitations.lookup(token);
        Optional<SignedIn> me = currentAccount.of(request);
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("organisationName", lookup.organisationName());
        model.put("email", lookup.invitation().email());
        model.put("state", lookup.state().name());
        model.put("open", lookup.state() == Invitation.State.OPEN);
        model.put("signedIn", me.isPresent());
        model.put("rightAccount", me.map(m -> m.account().email().equals(lookup.invitation().email())).orElse(false));
        HttpStatus status = lookup.state() == Invitation.State.OPEN ? HttpStatus.OK : HttpStatus.GONE;
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(VIEW, model));
    }

    /** Signing in from the invitation page comes back to it: the sign-in redirect returns here first. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{token:[A-Za-z0-9_-]+}/signin")
    HttpResponse<?> signInAndReturn(@PathVariable String token) {
        return HttpResponse.seeOther(URI.create("/invitations/" + token));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(value = "/{token}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, @PathVariable String token) {
        Organisation joined = invitations.acceptByToken(token, currentAccount.require(request).account());
        return joined(joined);
    }

    /** Accepting from the dashboard, where invitations to one's own address are listed. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(value = "/by-id/{invitation}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acceptListed(HttpRequest<?> request, @PathVariable String invitation) {
        return joined(invitations.acceptById(invitation, currentAccount.require(request).account()));
    }

    private static HttpResponse<?> joined(Organisation organisation) {
        return Flash.set(HttpResponse.seeOther(URI.create("/dashboard")), "organisation.flash.joined");
    }
}
