package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.TeamReport;
import app.skillcurrent.core.assignment.TeamReports;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import app.skillcurrent.web.http.Json;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.nio.charset.StandardCharsets;

/**
 * The team report as a CSV download and as JSON for HR systems, authorised exactly like the dashboard. Neither
 * is a page, so each says what it produces and where it runs itself.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReportController {

    private final TeamReports reports;

    ReportController(TeamReports reports) {
        this.reports = reports;
    }

    @Get(value = "/organisations/{id}/report.csv", produces = "text/csv")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> csv(OrganisationAdmin admin) {
        TeamReport report = reports.of(admin.organisation());
        String filename = "team-report-" + report.today() + ".csv";
        return HttpResponse.ok(ReportCsv.of(report).getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }

    @Get("/api/v1/organisations/{id}/report") @Json
    TeamReportDocument json(OrganisationAdmin admin) {
        return TeamReportDocument.of(reports.of(admin.organisation()));
    }
}
