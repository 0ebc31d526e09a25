package app.skillcurrent.dev.demo;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.organisation.Budget;
import app.skillcurrent.core.organisation.BudgetPeriod;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

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
        organisations.updateSettings(organisation, organisation.name(), 10, new Budget(180, BudgetPeriod.WEEK));
        invitations.invite(organisation, admin.id(), learner.email());
        invitations.openTo(learner).forEach(open -> invitations.acceptById(open.invitation().publicId(), learner));
        invitations.invite(organisation, admin.id(), "new.hire@example.com");
        teams.create(organisation, "Short video");
        String team = teams.of(organisation).get(0).publicId();
        teams.addMember(organisation, team, learner.publicId());
        assignments.assign(organisation, admin.id(), "track:short-video-specialist", "team:" + team, budgets.today().plusDays(30));
        assignments.assign(organisation, admin.id(), "course:linkedin-pages-and-newsletters", "member:" + learner.publicId(),
                budgets.today().plusDays(60));
    }
}
