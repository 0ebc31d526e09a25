package app.skillcurrent.dev.demo;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.NewAssignment;
import app.skillcurrent.core.assignment.NewTeam;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.organisation.Budget;
import app.skillcurrent.core.organisation.BudgetPeriod;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.NewInvitation;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.core.organisation.OrganisationSettings;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The demo employer's organisation, filled the way an admin would: three hours a week of learning time,
 * the demo learner invited and joined, a "Short video" team with the short-video track due in a month, a
 * LinkedIn course assigned to the learner, and one invitation still open.
 */
@Singleton
@Requires(property = "app.demo-data.enabled", value = "true")
class DemoOrganisation {

    private final OrganisationService organisations;
    private final Invitations invitations;
    private final Teams teams;
    private final Assignments assignments;
    private final Budgets budgets;

    DemoOrganisation(OrganisationService organisations, Invitations invitations, Teams teams, Assignments assignments,
                     Budgets budgets) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.teams = teams;
        this.assignments = assignments;
        this.budgets = budgets;
    }

    void load(Organisation organisation, Account admin, Account learner) {
        organisations.updateSettings(organisation,
                OrganisationSettings.of(organisation.name(), 10, Optional.of(new Budget(180, BudgetPeriod.WEEK))));
        invitations.invite(organisation, admin.id(), new NewInvitation(learner.email()));
        invitations.openTo(learner).forEach(open -> invitations.acceptById(open.invitation().publicId(), learner));
        invitations.invite(organisation, admin.id(), new NewInvitation("new.hire@example.com"));
        teams.create(organisation, new NewTeam("Short video"));
        String team = teams.of(organisation).get(0).publicId();
        teams.addMember(organisation, team, learner.publicId());
        assignments.assign(organisation, admin.id(),
                NewAssignment.of("track:short-video-specialist", "team:" + team, budgets.today().plusDays(30)));
        assignments.assign(organisation, admin.id(), NewAssignment.of("course:linkedin-pages-and-newsletters",
                "member:" + learner.publicId(), budgets.today().plusDays(60)));
    }
}
