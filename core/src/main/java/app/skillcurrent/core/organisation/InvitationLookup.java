package app.skillcurrent.core.organisation;

/** An invitation as its link shows it to whoever opens it: to which organisation, for whom, and its state. */
public record InvitationLookup(Invitation invitation, String organisationName, Invitation.State state) {
}
