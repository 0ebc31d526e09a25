package app.skillcurrent.core.organisation;

/**
 * An invitation just made or resent, with the token for its link. The token exists only here: it is shown
 * to the admin once (and would go into the email), the database keeps its hash.
 */
public record IssuedInvitation(Invitation invitation, String token) {
}
