package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.CourseStanding;
import app.skillcurrent.core.assignment.MemberAssignment;
import app.skillcurrent.core.assignment.TeamReport;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.organisation.Budgets;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team report for HR systems ({@code /api/v1/organisations/{id}/report}): the same facts as the dashboard
 * and the CSV, durations in seconds. Fields come in this order and absent values as {@code null}, so a
 * program reading it finds every field always there.
 *
 * @param platforms the members × platforms matrix's columns, in the order each member's {@code platforms} has them
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TeamReportDocument(Organisation organisation, String date, List<Member> members, List<Week> weeks,
                          List<Currency> currency, List<String> platforms) {

    static TeamReportDocument of(TeamReport report) {
        return new TeamReportDocument(
                new Organisation(report.organisation().publicId(), report.organisation().name(), report.organisation().seats()),
                report.today().toString(),
                report.members().stream().map(Member::of).toList(),
                report.weeks().stream().map(w -> new Week(w.monday().toString(), w.usedSeconds(), w.budgetSeconds())).toList(),
                report.currency().stream().map(c -> new Currency(c.slug(), c.title(), c.currentVersion(), c.current(), c.members())).toList(),
                report.platforms());
    }

    @Serdeable
    record Organisation(String id, String name, int seats) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Member(String id, @Nullable String name, @Nullable String email, boolean formerMember, String role,
                  @Nullable LearningTime learningTime, List<Assignment> assignments, List<Certificate> certificates,
                  Map<String, String> platforms) {

        static Member of(TeamReport.MemberRow row) {
            Budgets.Usage usage = row.usage();
            Map<String, String> matrix = new LinkedHashMap<>();
            row.matrix().forEach((platform, cell) -> matrix.put(platform, cell.name()));
            boolean former = row.member().former();
            return new Member(row.member().publicId(), former ? null : row.member().displayName(),
                    former ? null : row.member().email(), former, row.member().role(),
                    usage == null ? null : new LearningTime(usage.budget().period().name(), usage.from().toString(),
                            usage.to().toString(), usage.usedSeconds(), usage.allocatedSeconds()),
                    row.assignments().stream().map(Assignment::of).toList(),
                    row.certificates().stream().map(Certificate::of).toList(),
                    matrix);
        }
    }

    @Serdeable
    record LearningTime(String period, String from, String to, long usedSeconds, long budgetSeconds) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Assignment(String id, String type, String slug, String title, @Nullable String dueOn, String status,
                      int progressPercent, List<Course> courses) {

        static Assignment of(MemberAssignment work) {
            boolean track = work.assignment().isTrack();
            return new Assignment(work.assignment().publicId(), track ? "track" : "course",
                    track ? work.assignment().trackSlug() : work.assignment().courseSlug(), work.assignment().title(),
                    work.assignment().dueOn() == null ? null : work.assignment().dueOn().toString(),
                    work.status().name(), work.percent(), work.courses().stream().map(Course::of).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Course(String slug, String status, int progressPercent, @Nullable String certificate) {

        static Course of(CourseStanding course) {
            return new Course(course.slug(), course.status().name(), course.percent(),
                    course.certificate() == null ? null : course.certificate().publicId());
        }
    }

    @Serdeable
    record Certificate(String id, String course, String version, String status) {

        static Certificate of(CertificateView certificate) {
            return new Certificate(certificate.publicId(), certificate.courseSlug(),
                    certificate.certificate().version().toString(), certificate.status().name());
        }
    }

    @Serdeable
    record Week(String weekOf, long usedSeconds, long budgetSeconds) {
    }

    @Serdeable
    record Currency(String course, String title, String currentVersion, int currentHolders, int members) {
    }
}
