package app.skillcurrent.core.organisation;

/** Roles inside one organisation. A person can be an admin of one and a member of another. */
public enum OrganisationRole {
    ADMIN,
    MEMBER
}
