package app.skillcurrent.web.learn;

import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.MemberAssignment;
import app.skillcurrent.core.assignment.Standings;
import app.skillcurrent.core.organisation.BudgetPeriod;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.organisation.Durations;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What employers put on a learner's dashboard: invitations waiting for them, work assigned to them (shown
 * first, soonest due first) and the learning time each organisation set aside for them.
 */
@Singleton
class EmployerWork {

    private final Invitations invitations;
    private final Assignments assignments;
    private final Standings standings;
    private final Budgets budgets;

    EmployerWork(Invitations invitations, Assignments assignments, Standings standings, Budgets budgets) {
        this.invitations = invitations;
        this.assignments = assignments;
        this.standings = standings;
        this.budgets = budgets;
    }

    Map<String, Object> model(SignedIn me) {
        Map<String, Object> model = new HashMap<>();
        model.put("invitations", invitations.openTo(me.account()).stream().map(i -> Map.of(
                "publicId", i.invitation().publicId(), "organisation", i.organisationName())).toList());
        LocalDate today = budgets.today();
        List<Map<String, Object>> assigned = standings.of(me.id(), assignments.reaching(me.id()), today).stream()
                .map(EmployerWork::assignment).toList();
        model.put("assigned", assigned);
        model.put("budgets", budgets.of(me.id()).stream().map(b -> {
            Map<String, Object> row = new HashMap<>();
            row.put("organisation", b.organisationName());
            row.put("left", Durations.hoursMinutes(b.usage().leftSeconds()));
            row.put("allocated", Durations.hoursMinutes(b.usage().allocatedSeconds()));
            row.put("over", b.usage().overSeconds() > 0 ? Durations.hoursMinutes(b.usage().overSeconds()) : null);
            row.put("weekly", b.usage().budget().period() == BudgetPeriod.WEEK);
            return row;
        }).toList());
        return model;
    }

    private static Map<String, Object> assignment(MemberAssignment work) {
        Map<String, Object> row = new HashMap<>();
        row.put("title", work.assignment().title());
        row.put("track", work.assignment().isTrack());
        row.put("href", work.assignment().isTrack() ? "/tracks/" + work.assignment().trackSlug() : "/courses/" + work.assignment().courseSlug());
        row.put("due", work.assignment().dueOn() == null ? null : work.assignment().dueOn().toString());
        row.put("statusKey", "assignment.status." + work.status().name());
        row.put("status", work.status().name());
        row.put("percent", work.percent());
        return row;
    }
}
