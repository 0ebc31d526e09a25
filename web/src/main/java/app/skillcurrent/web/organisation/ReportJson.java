package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.CourseStanding;
import app.skillcurrent.core.assignment.MemberAssignment;
import app.skillcurrent.core.assignment.TeamReport;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.organisation.Budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The team report for HR systems: the same facts as the dashboard and the CSV, durations in seconds. */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> of(TeamReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("organisation", Map.of("id", report.organisation().publicId(), "name", report.organisation().name(),
                "seats", report.organisation().seats()));
        json.put("date", report.today().toString());
        json.put("members", report.members().stream().map(ReportJson::member).toList());
        json.put("weeks", report.weeks().stream().map(w -> Map.of("weekOf", w.monday().toString(),
                "usedSeconds", w.usedSeconds(), "budgetSeconds", w.budgetSeconds())).toList());
        json.put("currency", report.currency().stream().map(c -> Map.of("course", c.slug(), "title", c.title(),
                "currentVersion", c.currentVersion(), "currentHolders", c.current(), "members", c.members())).toList());
        json.put("platforms", report.platforms());
        return json;
    }

    private static Map<String, Object> member(TeamReport.MemberRow row) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", row.member().publicId());
        member.put("name", row.member().displayName());
        member.put("email", row.member().email());
        member.put("role", row.member().role());
        Budgets.Usage usage = row.usage();
        member.put("learningTime", usage == null ? null : Map.of("period", usage.budget().period().name(),
                "from", usage.from().toString(), "to", usage.to().toString(),
                "usedSeconds", usage.usedSeconds(), "budgetSeconds", usage.allocatedSeconds()));
        member.put("assignments", row.assignments().stream().map(ReportJson::assignment).toList());
        member.put("certificates", row.certificates().stream().map(ReportJson::certificate).toList());
        Map<String, String> matrix = new LinkedHashMap<>();
        row.matrix().forEach((platform, cell) -> matrix.put(platform, cell.name()));
        member.put("platforms", matrix);
        return member;
    }

    private static Map<String, Object> assignment(MemberAssignment work) {
        Map<String, Object> assignment = new LinkedHashMap<>();
        assignment.put("id", work.assignment().publicId());
        assignment.put("type", work.assignment().isTrack() ? "track" : "course");
        assignment.put("slug", work.assignment().isTrack() ? work.assignment().trackSlug() : work.assignment().courseSlug());
        assignment.put("title", work.assignment().title());
        assignment.put("dueOn", work.assignment().dueOn() == null ? null : work.assignment().dueOn().toString());
        assignment.put("status", work.status().name());
        assignment.put("progressPercent", work.percent());
        List<Map<String, Object>> courses = work.courses().stream().map(ReportJson::course).toList();
        assignment.put("courses", courses);
        return assignment;
    }

    private static Map<String, Object> course(CourseStanding course) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slug", course.slug());
        json.put("status", course.status().name());
        json.put("progressPercent", course.percent());
        json.put("certificate", course.certificate() == null ? null : course.certificate().publicId());
        return json;
    }

    private static Map<String, Object> certificate(CertificateView certificate) {
        return Map.of("id", certificate.publicId(), "course", certificate.courseSlug(),
                "version", certificate.certificate().version().toString(), "status", certificate.status().name());
    }
}
