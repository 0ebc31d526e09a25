package app.skillcurrent.web.learn;

import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The learner's dashboard: what to do next, progress, completed courses with updates, time this week. */
@Controller("/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DashboardController {

    private final LearnerDashboard dashboard;
    private final EmployerWork employerWork;

    DashboardController(LearnerDashboard dashboard, EmployerWork employerWork) {
        this.dashboard = dashboard;
        this.employerWork = employerWork;
    }

    @Get @Html
    DashboardPage show(SignedIn me) {
        LearnerDashboard.View view = dashboard.of(me.id());
        EmployerWork.Shown work = employerWork.of(me);
        long minutes = view.secondsThisWeek() / 60;
        return new DashboardPage(minutes / 60, minutes % 60, work.budgets(), work.invitations(), work.assigned(),
                view.inProgress().isEmpty() ? null : view.inProgress().get(0), view.inProgress(), view.completed());
    }
}
