package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.NewTeam;
import app.skillcurrent.core.assignment.Team;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.web.view.FieldErrors;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An organisation's teams, each with its members, who could join it and its delete form; and a form for a new one. */
record TeamsPage(OrganisationHeading organisation, NewTeam form, List<TeamPanel> teams, FieldErrors errors)
        implements OrganisationPage {

    /**
     * @param candidates  the organisation's members not yet in the team
     * @param deleteError why the team was not deleted just now (the box was not ticked), or null
     */
    record TeamPanel(String publicId, String name, List<Person> members, List<Person> candidates,
                     @Nullable String deleteError) {
    }

    record Person(String publicId, String name) {
    }

    /**
     * @param refusedDeletion the team whose deletion {@code errors} are about, or null
     */
    static TeamsPage of(OrganisationAdmin admin, List<Team> teams, List<Member> people, NewTeam form,
                        @Nullable String refusedDeletion, FieldErrors errors) {
        return new TeamsPage(admin.heading(), form, teams.stream().map(team -> {
            Set<Long> inTeam = team.members().stream().map(Team.TeamMember::userId).collect(Collectors.toSet());
            return new TeamPanel(team.publicId(), team.name(),
                    team.members().stream().map(m -> new Person(m.publicId(), m.displayName())).toList(),
                    people.stream().filter(p -> !inTeam.contains(p.userId())).map(p -> new Person(p.publicId(), p.displayName())).toList(),
                    team.publicId().equals(refusedDeletion) ? errors.field().get("confirm") : null);
        }).toList(), errors);
    }

    @Override
    public String section() {
        return "teams";
    }

    @Override
    public String view() {
        return "organisation/teams";
    }
}
