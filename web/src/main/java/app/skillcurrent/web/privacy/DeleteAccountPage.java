package app.skillcurrent.web.privacy;

import app.skillcurrent.core.organisation.FormerMembers;
import app.skillcurrent.core.privacy.DeletionRequest;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

/**
 * Confirms an account's deletion: what is erased and kept, the certificates' choice, the password again.
 * {@code lastAdminOf} names the organisations that need another admin first; while it is set there is no form.
 */
record DeleteAccountPage(DeletionRequest form, FieldErrors errors, @Nullable String lastAdminOf,
                         @Nullable String closing) implements Page {

    static DeleteAccountPage of(FormerMembers.Leaving leaving, DeletionRequest form, FieldErrors errors) {
        return new DeleteAccountPage(form, errors,
                leaving.lastAdminOf().isEmpty() ? null : String.join(", ", leaving.lastAdminOf()),
                leaving.closing().isEmpty() ? null : String.join(", ", leaving.closing()));
    }

    @Override
    public String view() {
        return "privacy/delete";
    }
}
