package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.CourseStanding;
import app.skillcurrent.core.assignment.MemberAssignment;
import app.skillcurrent.core.assignment.TeamReport;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.web.view.Messages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Turns a {@link TeamReport} into what the dashboard template shows. */
final class ReportModel {

    private ReportModel() {
    }

    static Map<String, Object> of(TeamReport report, Messages messages, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("memberCount", report.members().size());
        TeamReport.WeekRow thisWeek = report.weeks().get(report.weeks().size() - 1);
        model.put("usedThisWeek", Durations.hoursMinutes(thisWeek.usedSeconds()));
        model.put("budgetThisWeek", thisWeek.budgetSeconds() > 0 ? Durations.hoursMinutes(thisWeek.budgetSeconds()) : null);
        model.put("members", report.members().stream().map(ReportModel::member).toList());
        model.put("weeks", report.weeks().stream().map(w -> Map.of(
                "monday", w.monday().toString(),
                "used", Durations.hoursMinutes(w.usedSeconds()),
                "budget", w.budgetSeconds() > 0 ? Durations.hoursMinutes(w.budgetSeconds()) : "–")).toList());
        model.put("chart", LearningTimeChart.svg(report.weeks(),
                messages.get(locale, "organisation.chart.title"), messages.get(locale, "organisation.chart.budget")));
        model.put("currency", report.currency().stream().map(c -> Map.of(
                "title", c.title(), "slug", c.slug(), "version", c.currentVersion(),
                "current", c.current(), "members", c.members(), "percent", c.percent())).toList());
        model.put("deadlines", report.deadlines().stream().map(d -> Map.of(
                "member", d.member().displayName(),
                "course", d.certificate().certificate().courseTitle(),
                "version", d.certificate().certificate().version().toString(),
                "certificateId", d.certificate().publicId(),
                "statusKey", "certificate.headline." + d.certificate().status().name(),
                "on", LocalDate.ofInstant(d.at(), ZoneOffset.UTC).toString())).toList());
        model.put("platforms", report.platforms());
        model.put("matrix", report.members().stream().map(m -> Map.of(
                "name", m.member().displayName(),
                "cells", report.platforms().stream().map(p -> {
                    TeamReport.Cell cell = m.matrix().getOrDefault(p, TeamReport.Cell.NONE);
                    return Map.of("platform", p, "cell", cell.name(), "key", "organisation.cell." + cell.name());
                }).toList())).toList());
        return model;
    }

    private static Map<String, Object> member(TeamReport.MemberRow row) {
        Map<String, Object> member = new HashMap<>();
        member.put("publicId", row.member().publicId());
        member.put("name", row.member().displayName());
        member.put("email", row.member().email());
        member.put("admin", row.member().isAdmin());
        Budgets.Usage usage = row.usage();
        if (usage != null) {
            member.put("used", Durations.hoursMinutes(usage.usedSeconds()));
            member.put("budget", Durations.hoursMinutes(usage.allocatedSeconds()));
            member.put("periodKey", "organisation.period." + usage.budget().period().name());
            member.put("percentUsed", Math.min(100, usage.percentUsed()));
            member.put("over", usage.overSeconds() > 0);
        }
        member.put("assignments", row.assignments().stream().map(ReportModel::assignment).toList());
        member.put("certificates", row.certificates().stream().map(ReportModel::certificate).toList());
        return member;
    }

    private static Map<String, Object> assignment(MemberAssignment work) {
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("title", work.assignment().title());
        assignment.put("track", work.assignment().isTrack());
        assignment.put("due", work.assignment().dueOn() == null ? null : work.assignment().dueOn().toString());
        assignment.put("status", work.status().name());
        assignment.put("statusKey", "assignment.status." + work.status().name());
        assignment.put("percent", work.percent());
        List<Map<String, Object>> certificates = work.courses().stream()
                .map(CourseStanding::certificate).filter(Objects::nonNull).map(ReportModel::certificate).toList();
        assignment.put("certificates", certificates);
        return assignment;
    }

    private static Map<String, Object> certificate(CertificateView certificate) {
        return Map.of("id", certificate.publicId(),
                "course", certificate.certificate().courseTitle(),
                "version", certificate.certificate().version().toString(),
                "status", certificate.status().name(),
                "statusKey", "certificate.headline." + certificate.status().name());
    }
}
