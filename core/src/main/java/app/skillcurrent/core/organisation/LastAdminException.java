package app.skillcurrent.core.organisation;

import java.util.List;

/** Refuses to erase the only admin of organisations that have other members: they name another admin first. */
public class LastAdminException extends RuntimeException {

    private final List<String> organisations;

    public LastAdminException(List<String> organisations) {
        super("last admin of " + organisations.size() + " organisation(s)");
        this.organisations = List.copyOf(organisations);
    }

    /** The names of the organisations that would be left without an admin. */
    public List<String> organisations() {
        return organisations;
    }
}
