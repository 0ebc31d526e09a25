package app.skillcurrent.web.organisation;

import app.skillcurrent.web.view.Durations;
import app.skillcurrent.core.assignment.CourseStanding;
import app.skillcurrent.core.assignment.MemberAssignment;
import app.skillcurrent.core.assignment.TeamReport;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.organisation.Budgets;

import java.util.ArrayList;
import java.util.List;

/**
 * The team report as CSV (RFC 4180): one row per member and assigned course, or one row for a member with
 * nothing assigned. It starts with a UTF-8 byte order mark, which spreadsheet programs need to read "ø" and
 * "ß" right, and cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class ReportCsv {

    static final String BOM = "\uFEFF";
    static final String FORMER_MEMBER = "former member";
    static final List<String> HEADER = List.of("member", "email", "role", "assignment", "type", "course", "due_on",
            "status", "progress_percent", "certificate_id", "certified_version", "certificate_status",
            "period", "used_hours", "budget_hours");

    private ReportCsv() {
    }

    static String of(TeamReport report) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (TeamReport.MemberRow member : report.members()) {
            if (member.assignments().isEmpty()) {
                line(csv, row(member, null, null));
            }
            for (MemberAssignment assignment : member.assignments()) {
                for (CourseStanding course : assignment.courses()) {
                    line(csv, row(member, assignment, course));
                }
            }
        }
        return csv.toString();
    }

    private static List<String> row(TeamReport.MemberRow member, MemberAssignment assignment, CourseStanding course) {
        List<String> cells = new ArrayList<>();
        // an erased account: its name and address are gone, what the person learnt stays (ADR 0015)
        cells.add(member.member().former() ? FORMER_MEMBER : member.member().displayName());
        cells.add(member.member().former() ? "" : member.member().email());
        cells.add(member.member().role());
        cells.add(assignment == null ? "" : assignment.assignment().title());
        cells.add(assignment == null ? "" : assignment.assignment().isTrack() ? "track" : "course");
        cells.add(course == null ? "" : course.title());
        cells.add(assignment == null || assignment.assignment().dueOn() == null ? "" : assignment.assignment().dueOn().toString());
        cells.add(course == null ? "" : course.status().name());
        cells.add(course == null ? "" : String.valueOf(course.percent()));
        CertificateView certificate = course == null ? null : course.certificate();
        cells.add(certificate == null ? "" : certificate.publicId());
        cells.add(certificate == null ? "" : certificate.certificate().version().toString());
        cells.add(certificate == null ? "" : certificate.status().name());
        Budgets.Usage usage = member.usage();
        cells.add(usage == null ? "" : usage.from() + "/" + usage.to());
        cells.add(usage == null ? "" : Durations.decimalHours(usage.usedSeconds()));
        cells.add(usage == null ? "" : Durations.decimalHours(usage.allocatedSeconds()));
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
