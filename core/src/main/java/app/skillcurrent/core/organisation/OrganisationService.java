package app.skillcurrent.core.organisation;

import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.support.DuplicateKeys;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creates organisations, answers who holds which role in them and changes their settings. Every method that
 * acts for an organisation's admin starts from {@link #administered}, so authorisation is decided here and
 * not in the web layer.
 */
@Singleton
public class OrganisationService {

    public static final int MAX_NAME = 150;
    public static final int MAX_SEATS = 10_000;
    static final int DEFAULT_SEATS = 10;

    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final OrganisationLock lock;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, InvitationRepository invitations, OrganisationLock lock,
                        Clock clock) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.lock = lock;
        this.clock = clock;
    }

    /** Creates an organisation whose first admin is its creator; the same creator cannot make two of one name. */
    @Transactional
    public Organisation create(@Valid NewOrganisation request, long creatorAccountId) {
        Instant now = Times.now(clock);
        String publicId = PublicIds.next();
        if (organisations.insert(publicId, request.name(), now, DEFAULT_SEATS, creatorAccountId) == 0) {
            throw new FieldRejectedException("name", "error.organisation.nameTaken");
        }
        Organisation organisation = organisations.findByPublicId(publicId).orElseThrow();
        organisations.addMember(organisation.id(), creatorAccountId, OrganisationRole.ADMIN.name(), now);
        return organisation;
    }

    public Optional<OrganisationRole> roleOf(long organisationId, long accountId) {
        return organisations.findRole(organisationId, accountId).map(OrganisationRole::valueOf);
    }

    /** The organisations this person belongs to, by name. */
    public List<Membership> membershipsOf(long accountId) {
        return organisations.ofUser(accountId).stream()
                .map(o -> new Membership(o, roleOf(o.id(), accountId).orElse(OrganisationRole.MEMBER)))
                .toList();
    }

    /**
     * The organisation with this public id if the account is one of its admins. Someone who is not a member
     * learns nothing, not even that it exists (not found); a plain member is told they may not (not allowed).
     */
    public Organisation administered(String publicId, long accountId) {
        Organisation organisation = (PublicIds.looksValid(publicId) ? organisations.findByPublicId(publicId) : Optional.<Organisation>empty())
                .orElseThrow(() -> new NotFoundException("organisation " + publicId));
        OrganisationRole role = roleOf(organisation.id(), accountId)
                .orElseThrow(() -> new NotFoundException("organisation " + publicId));
        if (role != OrganisationRole.ADMIN) {
            throw new NotAllowedException();
        }
        return organisation;
    }

    /**
     * Changes name, seats and the default budget. Seats cannot drop below the members and open invitations
     * that already hold one.
     */
    @Transactional
    public void updateSettings(Organisation organisation, @Valid OrganisationSettings settings) {
        int seats = settings.seatCount();
        Budget defaultBudget = settings.budget().orElse(null);
        lock.hold(organisation);
        if (seats < seatsTaken(organisation.id())) {
            throw new FieldRejectedException("seats", "error.organisation.seatsBelowUsed");
        }
        try {
            organisations.updateSettings(organisation.id(), settings.name(), seats,
                    defaultBudget == null ? null : defaultBudget.minutes(),
                    defaultBudget == null ? organisation.budgetPeriod() : defaultBudget.period().name());
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new FieldRejectedException("name", "error.organisation.nameTaken");
            }
            throw e;
        }
    }

    /** Members plus open, unexpired invitations. Call with the organisation row locked when deciding on it. */
    public int seatsTaken(long organisationId) {
        return organisations.countMembers(organisationId) + invitations.countHoldingSeats(organisationId, Times.now(clock));
    }

}
