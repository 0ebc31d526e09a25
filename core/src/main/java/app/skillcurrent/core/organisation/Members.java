package app.skillcurrent.core.organisation;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.support.PublicIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Optional;

/**
 * The people in an organisation: roles, own budgets, removal. An organisation always keeps at least one
 * admin. Removing someone takes away only what the organisation gave them (role, team places, assignments);
 * their progress, learning time and certificates are theirs and stay.
 */
@Singleton
public class Members {

    private final OrganisationRepository organisations;
    private final OrganisationLock lock;

    Members(OrganisationRepository organisations, OrganisationLock lock) {
        this.organisations = organisations;
        this.lock = lock;
    }

    public List<Member> of(Organisation organisation) {
        return organisations.members(organisation.id());
    }

    /** A member of this organisation by their public id; not found for anyone else. */
    public Member find(Organisation organisation, String memberPublicId) {
        return (PublicIds.looksValid(memberPublicId) ? organisations.member(organisation.id(), memberPublicId) : Optional.<Member>empty())
                .orElseThrow(() -> new NotFoundException("member " + memberPublicId));
    }

    @Transactional
    public void setRole(Organisation organisation, String memberPublicId, OrganisationRole role) {
        lock.hold(organisation);
        Member member = find(organisation, memberPublicId);
        if (member.former() && role == OrganisationRole.ADMIN) {
            // nobody can sign in as them: an admin who is gone would count towards the one the organisation keeps
            throw new OrganisationRefusedException("error.organisation.formerMemberNoAdmin");
        }
        if (member.isAdmin() && role != OrganisationRole.ADMIN && organisations.countAdmins(organisation.id()) <= 1) {
            throw new OrganisationRefusedException("error.organisation.lastAdmin");
        }
        organisations.setRole(organisation.id(), member.userId(), role.name());
    }

    /** Gives the member a budget of their own, or with blank hours returns them to the organisation's default. */
    @Transactional
    public void setBudget(Organisation organisation, String memberPublicId, @Valid MemberBudget entry) {
        Budget budget = entry.budget().orElse(null);
        Member member = find(organisation, memberPublicId);
        organisations.setBudget(organisation.id(), member.userId(),
                budget == null ? null : budget.minutes(), budget == null ? null : budget.period().name());
    }

    @Transactional
    public void remove(Organisation organisation, String memberPublicId) {
        lock.hold(organisation);
        Member member = find(organisation, memberPublicId);
        if (member.isAdmin() && organisations.countAdmins(organisation.id()) <= 1) {
            throw new OrganisationRefusedException("error.organisation.lastAdmin");
        }
        organisations.leaveTeams(organisation.id(), member.userId());
        organisations.dropAssignments(organisation.id(), member.userId());
        organisations.removeMember(organisation.id(), member.userId());
    }
}
