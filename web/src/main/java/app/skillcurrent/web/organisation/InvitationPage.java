package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Invitation;
import app.skillcurrent.core.organisation.InvitationLookup;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

/**
 * What an invitation link opens: which organisation invites which address, and what the visitor can do about
 * it: accept (signed in with that address), sign in or sign up first, or read why the link no longer works.
 *
 * @param state        the invitation's state, naming the message for a link that no longer works
 * @param rightAccount signed in with the invited address, so the invitation can be accepted
 */
record InvitationPage(String token, String organisationName, String email, String state, boolean open,
                      boolean signedIn, boolean rightAccount) implements Page {

    static InvitationPage of(String token, InvitationLookup lookup, @Nullable SignedIn visitor) {
        String invited = lookup.invitation().email();
        return new InvitationPage(token, lookup.organisationName(), invited, lookup.state().name(),
                lookup.state() == Invitation.State.OPEN, visitor != null,
                visitor != null && visitor.account().email().equals(invited));
    }

    @Override
    public String view() {
        return "organisation/invitation";
    }
}
