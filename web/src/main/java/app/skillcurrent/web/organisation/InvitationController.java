package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.web.http.Form;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/**
 * The page an invitation link opens, and accepting it. Anyone with the link sees which organisation invites
 * which address; only the account with that address can accept, so a forwarded link is of no use.
 */
@Controller("/invitations")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    /** A link that no longer works (used, revoked, expired) still explains itself, as 410 Gone. */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{token}") @Html
    HttpResponse<InvitationPage> show(@Nullable SignedIn me, @PathVariable String token) {
        InvitationPage page = InvitationPage.of(token, invitations.lookup(token), me);
        return HttpResponse.<InvitationPage>status(page.open() ? HttpStatus.OK : HttpStatus.GONE).body(page);
    }

    /** Signing in from the invitation page comes back to it: the sign-in redirect returns here first. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{token:[A-Za-z0-9_-]+}/signin") @Html
    HttpResponse<?> signInAndReturn(@PathVariable String token) {
        return HttpResponse.seeOther(URI.create("/invitations/" + token));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/{token}/accept") @Form
    HttpResponse<?> accept(SignedIn me, @PathVariable String token) {
        invitations.acceptByToken(token, me.account());
        return joined();
    }

    /** Accepting from the dashboard, where invitations to one's own address are listed. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/by-id/{invitation}/accept") @Form
    HttpResponse<?> acceptListed(SignedIn me, @PathVariable String invitation) {
        invitations.acceptById(invitation, me.account());
        return joined();
    }

    private static HttpResponse<?> joined() {
        return Flash.set(HttpResponse.seeOther(URI.create("/dashboard")), "organisation.flash.joined");
    }
}
