package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.TeamReport;
import app.skillcurrent.core.assignment.TeamReports;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The team report as a CSV download and as JSON, authorised exactly like the dashboard. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {

    private final OrganisationAccess access;
    private final TeamReports reports;

    ReportController(OrganisationAccess access, TeamReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @Get(value = "/organisations/{id}/report.csv", produces = "text/csv")
    HttpResponse<byte[]> csv(HttpRequest<?> request, @PathVariable String id) {
        TeamReport report = reports.of(access.administered(request, id));
        String filename = "team-report-" + report.today() + ".csv";
        return HttpResponse.ok(ReportCsv.of(report).getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }

    @Get(value = "/api/v1/organisations/{id}/report", produces = MediaType.APPLICATION_JSON)
    Map<String, Object> json(HttpRequest<?> request, @PathVariable String id) {
        return ReportJson.of(reports.of(access.administered(request, id)));
    }

}
