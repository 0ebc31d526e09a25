package app.skillcurrent.web.organisation;

import app.skillcurrent.web.view.Durations;
import app.skillcurrent.core.assignment.CourseStanding;
import app.skillcurrent.core.assignment.MemberAssignment;
import app.skillcurrent.core.assignment.TeamReport;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.organisation.Budgets;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** Turns a {@link TeamReport} into the {@link TeamDashboardPage}: the same facts, written out for reading. */
final class TeamDashboards {

    private TeamDashboards() {
    }

    static TeamDashboardPage of(TeamReport report, int seatsTaken) {
        TeamReport.WeekRow thisWeek = report.weeks().get(report.weeks().size() - 1);
        return new TeamDashboardPage(OrganisationHeading.of(report.organisation()), report.members().size(), seatsTaken,
                Durations.hoursMinutes(thisWeek.usedSeconds()),
                thisWeek.budgetSeconds() > 0 ? Durations.hoursMinutes(thisWeek.budgetSeconds()) : null,
                report.members().stream().map(TeamDashboards::member).toList(),
                report.weeks().stream().map(w -> new TeamDashboardPage.WeekFigures(w.monday().toString(),
                        Durations.hoursMinutes(w.usedSeconds()),
                        w.budgetSeconds() > 0 ? Durations.hoursMinutes(w.budgetSeconds()) : "–")).toList(),
                LearningTimeChart.of(report.weeks()),
                report.currency().stream().map(c -> new TeamDashboardPage.CourseCurrency(c.title(), c.slug(),
                        c.currentVersion(), c.current(), c.members(), c.percent())).toList(),
                report.deadlines().stream().map(d -> new TeamDashboardPage.Deadline(d.member().displayName(),
                        d.certificate().certificate().courseTitle(), d.certificate().certificate().version().toString(),
                        d.certificate().publicId(), "certificate.headline." + d.certificate().status().name(),
                        LocalDate.ofInstant(d.at(), ZoneOffset.UTC).toString())).toList(),
                report.platforms(),
                report.members().stream().map(m -> new TeamDashboardPage.MatrixRow(m.member().displayName(),
                        report.platforms().stream().map(platform -> {
                            TeamReport.Cell cell = m.matrix().getOrDefault(platform, TeamReport.Cell.NONE);
                            return new TeamDashboardPage.MatrixCell(platform, cell.name(), "organisation.cell." + cell.name());
                        }).toList())).toList());
    }

    private static TeamDashboardPage.MemberProgress member(TeamReport.MemberRow row) {
        Budgets.Usage usage = row.usage();
        TeamDashboardPage.TimeUse time = usage == null ? null : new TeamDashboardPage.TimeUse(
                Durations.hoursMinutes(usage.usedSeconds()), Durations.hoursMinutes(usage.allocatedSeconds()),
                "organisation.period." + usage.budget().period().name(), Math.min(100, usage.percentUsed()),
                usage.overSeconds() > 0);
        return new TeamDashboardPage.MemberProgress(row.member().displayName(), row.member().former() ? null : row.member().email(), time,
                row.assignments().stream().map(TeamDashboards::work).toList());
    }

    private static TeamDashboardPage.Work work(MemberAssignment work) {
        return new TeamDashboardPage.Work(work.assignment().title(),
                work.assignment().dueOn() == null ? null : work.assignment().dueOn().toString(),
                work.status().name(), "assignment.status." + work.status().name(), work.percent(),
                work.courses().stream().map(CourseStanding::certificate).filter(Objects::nonNull)
                        .map(TeamDashboards::certificate).toList());
    }

    private static TeamDashboardPage.Certificate certificate(CertificateView certificate) {
        return new TeamDashboardPage.Certificate(certificate.publicId(), certificate.certificate().courseTitle(),
                certificate.certificate().version().toString(), "certificate.headline." + certificate.status().name());
    }
}
