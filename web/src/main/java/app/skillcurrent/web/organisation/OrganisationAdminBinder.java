package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.security.SignedIn;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Binds {@link OrganisationAdmin}: the organisation named by the route's {@code {id}} path variable, for the
 * signed-in account. {@link OrganisationService#administered} decides: someone who is not a member gets 404
 * (the organisation's existence does not leak), a plain member 403; visitors are sent to sign in (API clients
 * get 401). Bound after the security filter, on the route's executor, because it reads the database.
 */
@Singleton
class OrganisationAdminBinder implements TypedRequestArgumentBinder<OrganisationAdmin>,
        PostponedRequestArgumentBinder<OrganisationAdmin> {

    /** The path variable every organisation admin route names the organisation with. */
    static final String ID = "id";

    private final CurrentAccount currentAccount;
    private final OrganisationService organisations;

    OrganisationAdminBinder(CurrentAccount currentAccount, OrganisationService organisations) {
        this.currentAccount = currentAccount;
        this.organisations = organisations;
    }

    @Override
    public Argument<OrganisationAdmin> argumentType() {
        return Argument.of(OrganisationAdmin.class);
    }

    @Override
    public BindingResult<OrganisationAdmin> bind(ArgumentConversionContext<OrganisationAdmin> context, HttpRequest<?> source) {
        SignedIn me = currentAccount.of(source).orElseThrow(() -> new AuthorizationException(null));
        Organisation organisation = organisations.administered(organisationId(source), me.id());
        OrganisationAdmin admin = new OrganisationAdmin(organisation, me);
        return () -> Optional.of(admin);
    }

    private static String organisationId(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues().get(ID))
                .map(Object::toString)
                .orElseThrow(() -> new IllegalStateException(
                        "a route taking an organisation admin names the organisation {" + ID + "}: " + request.getPath()));
    }
}
