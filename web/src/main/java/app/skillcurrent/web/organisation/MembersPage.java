package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.MemberBudget;
import app.skillcurrent.core.organisation.NewInvitation;
import app.skillcurrent.core.organisation.OrganisationSettings;
import app.skillcurrent.web.view.FieldErrors;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * An organisation's people: the invitation form, the settings form, every member with their role, learning
 * time and own budget form, and the open invitations. Each form holds what it shows, as saved or as just sent.
 *
 * @param newInvitation the link of an invitation just made or resent, shown this once; otherwise null
 */
record MembersPage(OrganisationHeading organisation, int seatsTaken, @Nullable IssuedLink newInvitation,
                   NewInvitation invite, OrganisationSettings settings, List<MemberRow> members,
                   List<OpenInvitation> invitations, FieldErrors errors) implements OrganisationPage {

    record IssuedLink(String email, String link, String expires) {
    }

    /**
     * A member and their own budget form. Each row has one, so its fields are named after the member
     * ({@code hours-<publicId>}, {@code period-<publicId>}) and so are its errors.
     *
     * @param time        null when the member has no budget at all
     * @param hoursError  what is wrong with the hours just sent for this member, or null
     * @param periodError what is wrong with the period just sent for this member, or null
     */
    record MemberRow(String publicId, String name, String email, boolean admin, boolean ownBudget, MemberBudget budget,
                     @Nullable String hoursError, @Nullable String periodError, @Nullable TimeUse time) {
    }

    /** Learning time used of the member's budget in the current period. */
    record TimeUse(String used, String allocated, String periodKey, boolean over) {
    }

    /** @param expired an expired invitation holds no seat and can be resent */
    record OpenInvitation(String publicId, String email, String expires, boolean expired) {
    }

    @Override
    public String section() {
        return "members";
    }

    @Override
    public String view() {
        return "organisation/members";
    }
}
