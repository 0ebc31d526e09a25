package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.web.security.SignedIn;

import java.net.URI;

/**
 * The organisation an admin route is about, and the signed-in admin using it. A controller method that takes
 * one is for that organisation's admins only; {@link OrganisationAdminBinder} decides who gets one.
 */
record OrganisationAdmin(Organisation organisation, SignedIn admin) {

    /** The address of one of the organisation's admin pages, {@code rest} being for example {@code "/members"}. */
    URI page(String rest) {
        return URI.create("/organisations/" + organisation.publicId() + rest);
    }

    /** What the admin pages show of the organisation above their navigation. */
    OrganisationHeading heading() {
        return OrganisationHeading.of(organisation);
    }
}
