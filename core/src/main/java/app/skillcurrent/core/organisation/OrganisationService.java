package app.skillcurrent.core.organisation;

import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Creates organisations and answers who holds which role in them. */
@Singleton
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Creates an organisation whose first admin is its creator. */
    @Transactional
    public Organisation create(String name, long creatorAccountId) {
        Instant now = Times.now(clock);
        Organisation organisation = organisations.save(new Organisation(null, PublicIds.next(), name.trim(), now));
        organisations.addMember(organisation.id(), creatorAccountId, OrganisationRole.ADMIN.name(), now);
        return organisation;
    }

    public Optional<OrganisationRole> roleOf(long organisationId, long accountId) {
        return organisations.findRole(organisationId, accountId).map(OrganisationRole::valueOf);
    }
}
