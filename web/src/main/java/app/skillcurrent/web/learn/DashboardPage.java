package app.skillcurrent.web.learn;

import app.skillcurrent.core.dashboard.LearnerDashboard.CourseProgress;
import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The learner's dashboard: learning time this week and the budgets employers set, invitations and assigned
 * work, what to do next, courses in progress and completed ones with their updates.
 *
 * @param next the first course in progress, where "Continue" leads; null when none is
 */
record DashboardPage(long weekHours, long weekMinutes, List<EmployerWork.Budget> budgets,
                     List<EmployerWork.Invitation> invitations, List<EmployerWork.Assigned> assigned,
                     @Nullable CourseProgress next, List<CourseProgress> inProgress, List<CourseProgress> completed)
        implements Page {

    @Override
    public String view() {
        return "learn/dashboard";
    }
}
