package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Membership;
import app.skillcurrent.core.organisation.NewOrganisation;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;

import java.util.List;

/** The organisations one belongs to, each with one's role there, and the form that creates another. */
record OrganisationsPage(List<MembershipCard> memberships, NewOrganisation form, FieldErrors errors) implements Page {

    /** An organisation one belongs to; only its admins get a link into it. */
    record MembershipCard(String publicId, String name, boolean admin) {
    }

    static OrganisationsPage of(List<Membership> memberships, NewOrganisation form, FieldErrors errors) {
        return new OrganisationsPage(memberships.stream()
                .map(m -> new MembershipCard(m.organisation().publicId(), m.organisation().name(), m.isAdmin()))
                .toList(), form, errors);
    }

    @Override
    public String view() {
        return "organisation/list";
    }
}
