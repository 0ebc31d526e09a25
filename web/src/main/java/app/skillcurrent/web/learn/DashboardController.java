package app.skillcurrent.web.learn;

import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.security.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The learner's dashboard: what to do next, progress, completed courses with updates, time this week. */
@Controller(value = "/dashboard", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {

    private final CurrentAccount currentAccount;
    private final LearnerDashboard dashboard;
    private final EmployerWork employerWork;

    DashboardController(CurrentAccount currentAccount, LearnerDashboard dashboard, EmployerWork employerWork) {
        this.currentAccount = currentAccount;
        this.dashboard = dashboard;
        this.employerWork = employerWork;
    }

    @Get
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        SignedIn me = currentAccount.require(request);
        LearnerDashboard.View view = dashboard.of(me.id());
        Map<String, Object> model = new HashMap<>(employerWork.model(me));
        model.put("inProgress", rows(view.inProgress()));
        model.put("completed", rows(view.completed()));
        model.put("next", view.inProgress().isEmpty() ? null : rows(view.inProgress()).get(0));
        long minutes = view.secondsThisWeek() / 60;
        model.put("weekHours", minutes / 60);
        model.put("weekMinutes", minutes % 60);
        return new ModelAndView<>("learn/dashboard", model);
    }

    private static List<Map<String, Object>> rows(List<LearnerDashboard.CourseProgress> courses) {
        return courses.stream().map(c -> {
            Map<String, Object> row = new HashMap<>();
            row.put("slug", c.slug());
            row.put("title", c.title());
            row.put("version", c.version());
            row.put("currentVersion", c.currentVersion());
            row.put("percent", c.percent());
            row.put("complete", c.complete());
            row.put("lessons", c.lessons());
            row.put("updated", c.updated());
            row.put("updateAvailable", c.updateAvailable());
            row.put("resumeLessonId", c.resumeLessonId());
            row.put("resumeLessonTitle", c.resumeLessonTitle());
            row.put("examPassed", c.examPassed());
            return row;
        }).toList();
    }
}
