package app.skillcurrent.core.organisation;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Invitations to join an organisation: single-use links that expire after {@link #VALID_FOR}, one open
 * invitation per address and organisation, and never more members plus open invitations than seats. Every
 * change locks the organisation row first, so two admins inviting for the last seat get one seat between
 * them, not two.
 */
@Singleton
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    private final InvitationRepository invitations;
    private final OrganisationRepository organisations;
    private final OrganisationService organisationService;
    private final OrganisationLock lock;
    private final Clock clock;

    Invitations(InvitationRepository invitations, OrganisationRepository organisations,
                OrganisationService organisationService, OrganisationLock lock, Clock clock) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.lock = lock;
        this.clock = clock;
    }

    /** Invites an address; an expired invitation to the same address is renewed instead. */
    @Transactional
    public IssuedInvitation invite(Organisation organisation, long adminId, @Valid NewInvitation invitation) {
        String email = AccountRules.normaliseEmail(invitation.email());
        lock.hold(organisation);
        if (invitations.countMembersWithEmail(organisation.id(), email) > 0) {
            throw new FieldRejectedException("email", "error.invitation.alreadyMember");
        }
        Instant now = Times.now(clock);
        Optional<Invitation> existing = invitations.openFor(organisation.id(), email);
        if (existing.isPresent() && existing.get().state(now) == Invitation.State.OPEN) {
            throw new FieldRejectedException("email", "error.invitation.alreadyInvited");
        }
        requireFreeSeat(organisation);
        String token = InvitationTokens.next();
        if (existing.isPresent()) {
            invitations.renew(existing.get().id(), InvitationTokens.hash(token), now, now.plus(VALID_FOR));
        } else {
            invitations.insert(PublicIds.next(), organisation.id(), email, InvitationTokens.hash(token), adminId, now, now.plus(VALID_FOR));
        }
        return new IssuedInvitation(invitations.findByTokenHash(InvitationTokens.hash(token)).orElseThrow(), token);
    }

    /** A new link (the old one stops working) and a new expiry for an open invitation. */
    @Transactional
    public IssuedInvitation resend(Organisation organisation, String invitationPublicId) {
        lock.hold(organisation);
        Invitation invitation = ofOrganisation(organisation, invitationPublicId);
        Instant now = Times.now(clock);
        Invitation.State state = invitation.state(now);
        if (state == Invitation.State.ACCEPTED || state == Invitation.State.REVOKED) {
            throw new OrganisationRefusedException("error.invitation.closed");
        }
        if (state == Invitation.State.EXPIRED) {
            // an expired invitation holds no seat, so renewing it takes one
            requireFreeSeat(organisation);
        }
        String token = InvitationTokens.next();
        invitations.renew(invitation.id(), InvitationTokens.hash(token), now, now.plus(VALID_FOR));
        return new IssuedInvitation(invitations.lock(invitation.id()).orElseThrow(), token);
    }

    @Transactional
    public void revoke(Organisation organisation, String invitationPublicId) {
        lock.hold(organisation);
        Invitation invitation = ofOrganisation(organisation, invitationPublicId);
        if (invitations.revoke(invitation.id(), Times.now(clock)) == 0) {
            throw new OrganisationRefusedException("error.invitation.closed");
        }
    }

    /** Open invitations of the organisation, newest first; expired ones are included so they can be resent. */
    public List<Invitation> open(Organisation organisation) {
        return invitations.open(organisation.id());
    }

    /** What the link with this token shows; not found for malformed and unknown tokens alike. */
    public InvitationLookup lookup(String token) {
        Invitation invitation = (InvitationTokens.looksValid(token) ? invitations.findByTokenHash(InvitationTokens.hash(token)) : Optional.<Invitation>empty())
                .orElseThrow(() -> new NotFoundException("invitation"));
        return describe(invitation);
    }

    /** Open invitations addressed to this account's email, so they can be accepted from the dashboard. */
    public List<InvitationLookup> openTo(Account account) {
        return invitations.openTo(account.email(), Times.now(clock)).stream().map(this::describe).toList();
    }

    /** Accepts the invitation behind a link. */
    @Transactional
    public Organisation acceptByToken(String token, Account account) {
        return accept(lookup(token).invitation(), account);
    }

    /** Accepts an invitation to this account's address from the dashboard. */
    @Transactional
    public Organisation acceptById(String invitationPublicId, Account account) {
        Invitation invitation = (PublicIds.looksValid(invitationPublicId) ? invitations.findByPublicId(invitationPublicId) : Optional.<Invitation>empty())
                .filter(i -> i.email().equals(account.email()))
                .orElseThrow(() -> new NotFoundException("invitation"));
        return accept(invitation, account);
    }

    private Organisation accept(Invitation found, Account account) {
        Organisation organisation = lock.hold(found.organisationId());
        Invitation invitation = invitations.lock(found.id()).orElseThrow(() -> new NotFoundException("invitation"));
        Instant now = Times.now(clock);
        switch (invitation.state(now)) {
            case ACCEPTED -> throw new OrganisationRefusedException("error.invitation.used", OrganisationRefusedException.Kind.GONE);
            case REVOKED -> throw new OrganisationRefusedException("error.invitation.revoked", OrganisationRefusedException.Kind.GONE);
            case EXPIRED -> throw new OrganisationRefusedException("error.invitation.expired", OrganisationRefusedException.Kind.GONE);
            case OPEN -> { }
        }
        if (!invitation.email().equals(account.email())) {
            throw new OrganisationRefusedException("error.invitation.otherAddress", OrganisationRefusedException.Kind.NOT_YOURS);
        }
        invitations.accept(invitation.id(), account.id(), now);
        // someone who already belongs keeps their role; the invitation is used up all the same
        organisations.addMember(organisation.id(), account.id(), OrganisationRole.MEMBER.name(), now);
        return organisation;
    }

    private InvitationLookup describe(Invitation invitation) {
        Organisation organisation = organisations.findById(invitation.organisationId()).orElseThrow();
        return new InvitationLookup(invitation, organisation.name(), invitation.state(Times.now(clock)));
    }

    private Invitation ofOrganisation(Organisation organisation, String invitationPublicId) {
        return (PublicIds.looksValid(invitationPublicId) ? invitations.findByPublicId(invitationPublicId) : Optional.<Invitation>empty())
                .filter(i -> i.organisationId() == organisation.id())
                .orElseThrow(() -> new NotFoundException("invitation"));
    }

    private void requireFreeSeat(Organisation organisation) {
        Organisation current = organisations.findById(organisation.id()).orElseThrow();
        if (organisationService.seatsTaken(organisation.id()) >= current.seats()) {
            throw new FieldRejectedException("email", "error.invitation.noSeats");
        }
    }
}
