package app.skillcurrent.core.assignment;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationLock;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Teams inside an organisation: named groups of its members that work can be assigned to. */
@Singleton
public class Teams {

    public static final int MAX_NAME = 100;

    private final TeamRepository teams;
    private final Members members;
    private final OrganisationLock lock;
    private final Clock clock;

    Teams(TeamRepository teams, Members members, OrganisationLock lock, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.lock = lock;
        this.clock = clock;
    }

    public List<Team> of(Organisation organisation) {
        Map<Long, List<Team.TeamMember>> byTeam = teams.members(organisation.id()).stream()
                .collect(Collectors.groupingBy(Team.TeamMember::teamId));
        return teams.teams(organisation.id()).stream()
                .map(t -> new Team(t.id(), t.publicId(), t.name(), byTeam.getOrDefault(t.id(), List.of())))
                .toList();
    }

    /** A team of this organisation; not found for any other id. */
    public Team find(Organisation organisation, String teamPublicId) {
        return (PublicIds.looksValid(teamPublicId) ? teams.team(organisation.id(), teamPublicId) : Optional.<TeamRepository.TeamRow>empty())
                .map(t -> new Team(t.id(), t.publicId(), t.name(), teams.membersOf(t.id())))
                .orElseThrow(() -> new NotFoundException("team " + teamPublicId));
    }

    @Transactional
    public void create(Organisation organisation, @Valid NewTeam team) {
        if (teams.create(PublicIds.next(), organisation.id(), team.name(), Times.now(clock)) == 0) {
            throw new FieldRejectedException("name", "error.team.nameTaken");
        }
    }

    /** Serialised with removing members (ADR 0008): someone removed at the same moment gets no place. */
    @Transactional
    public void addMember(Organisation organisation, String teamPublicId, String memberPublicId) {
        lock.hold(organisation);
        Team team = find(organisation, teamPublicId);
        Member member = members.find(organisation, memberPublicId);
        teams.join(team.id(), member.userId());
    }

    @Transactional
    public void removeMember(Organisation organisation, String teamPublicId, String memberPublicId) {
        Team team = find(organisation, teamPublicId);
        Member member = members.find(organisation, memberPublicId);
        teams.leave(team.id(), member.userId());
    }

    /**
     * Deletes the team and the assignments made to it; its members stay in the organisation. Serialised with
     * assigning work (ADR 0008), so nothing is assigned to a team as it goes.
     */
    @Transactional
    public void delete(Organisation organisation, String teamPublicId) {
        lock.hold(organisation);
        teams.delete(find(organisation, teamPublicId).id());
    }
}
