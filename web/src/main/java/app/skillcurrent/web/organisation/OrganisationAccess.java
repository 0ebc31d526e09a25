package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.web.security.CurrentAccount;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The organisation an admin route names, for the signed-in admin; the service decides 404 or 403. */
@Singleton
class OrganisationAccess {

    private final CurrentAccount currentAccount;
    private final OrganisationService organisations;

    OrganisationAccess(CurrentAccount currentAccount, OrganisationService organisations) {
        this.currentAccount = currentAccount;
        this.organisations = organisations;
    }

    Organisation administered(HttpRequest<?> request, String publicId) {
        return organisations.administered(publicId, currentAccount.require(request).id());
    }
}
