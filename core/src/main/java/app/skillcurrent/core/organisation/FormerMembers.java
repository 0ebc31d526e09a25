package app.skillcurrent.core.organisation;

import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * What a person's erasure does to their organisations (ADR 0015). They stay in each as a former member (no
 * name, no address, no admin role) so that reports keep what they learnt; the only admin of an organisation
 * with other members is refused until they name another admin; an organisation with nobody else in it is
 * closed with them. Invitations to their address are withdrawn and forget it.
 */
@Singleton
public class FormerMembers {

    /** What erasing the person would do: organisations that refuse it, and those that would close. */
    public record Leaving(List<String> lastAdminOf, List<String> closing) {
    }

    private final FormerMemberRepository rows;
    private final OrganisationLock lock;
    private final Clock clock;

    FormerMembers(FormerMemberRepository rows, OrganisationLock lock, Clock clock) {
        this.rows = rows;
        this.lock = lock;
        this.clock = clock;
    }

    public Leaving leaving(long userId) {
        List<FormerMemberRepository.Standing> standings = rows.standings(userId);
        return new Leaving(standings.stream().filter(FormerMemberRepository.Standing::lastAdmin).map(FormerMemberRepository.Standing::name).toList(),
                standings.stream().filter(FormerMemberRepository.Standing::closesWithThem).map(FormerMemberRepository.Standing::name).toList());
    }

    /**
     * Locks every organisation the person belongs to or is invited to, in id order, before the account is
     * locked: every other change of members takes its organisation's lock first, so the order is the same
     * everywhere and no two of them deadlock.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void hold(long userId, String email) {
        for (long organisationId : rows.concerning(userId, email)) {
            lock.hold(organisationId);
        }
    }

    /**
     * Takes the person out as above; call with the organisations held.
     *
     * @throws LastAdminException when they are the only admin of an organisation that has other members
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void leave(long userId, String email) {
        List<FormerMemberRepository.Standing> standings = rows.standings(userId);
        List<String> lastAdminOf = standings.stream().filter(FormerMemberRepository.Standing::lastAdmin)
                .map(FormerMemberRepository.Standing::name).toList();
        if (!lastAdminOf.isEmpty()) {
            throw new LastAdminException(lastAdminOf);
        }
        for (FormerMemberRepository.Standing standing : standings) {
            if (standing.closesWithThem()) {
                rows.close(standing.id());
            }
        }
        rows.demote(userId);
        rows.forgetInvitationsTo(email, Times.now(clock));
    }
}
