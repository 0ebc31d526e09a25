package app.skillcurrent.core.organisation;

/** One of the organisations a person belongs to, with their role there. */
public record Membership(Organisation organisation, OrganisationRole role) {
    public boolean isAdmin() {
        return role == OrganisationRole.ADMIN;
    }
}
