package app.skillcurrent.core.account;

/** Platform-wide roles. Being a learner needs no role; organisation roles live with the organisation. */
public enum Role {
    INSTRUCTOR,
    ADMIN
}
