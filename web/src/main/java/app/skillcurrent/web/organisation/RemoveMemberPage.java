package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.web.view.FieldErrors;

/** Asks to confirm that a member is to leave the organisation, saying what they keep. */
record RemoveMemberPage(OrganisationHeading organisation, Leaving member, FieldErrors errors) implements OrganisationPage {

    record Leaving(String publicId, String name, String email) {
    }

    static RemoveMemberPage of(OrganisationAdmin admin, Member member, FieldErrors errors) {
        return new RemoveMemberPage(admin.heading(), new Leaving(member.publicId(), member.displayName(), member.email()), errors);
    }

    @Override
    public String section() {
        return "members";
    }

    @Override
    public String view() {
        return "organisation/remove-member";
    }
}
