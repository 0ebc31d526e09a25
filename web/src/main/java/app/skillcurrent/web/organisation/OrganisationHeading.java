package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Organisation;

/** The organisation as its admin pages name it above their navigation ({@code views/partials/org-nav}). */
record OrganisationHeading(String publicId, String name, int seats) {

    static OrganisationHeading of(Organisation organisation) {
        return new OrganisationHeading(organisation.publicId(), organisation.name(), organisation.seats());
    }
}
