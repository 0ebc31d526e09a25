package app.skillcurrent.core.assignment;

import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.core.organisation.Organisation;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an organisation's admins see about their team, and nothing beyond it: for each member their
 * assigned work, learning time against budget and certificates; per course the share of the team current
 * on the latest version; deadlines coming up; the members × platforms matrix; twelve weeks of time.
 */
public record TeamReport(Organisation organisation, LocalDate today, List<MemberRow> members,
                         List<WeekRow> weeks, List<CourseCurrency> currency,
                         List<Deadline> deadlines, List<String> platforms) {

    /** What a member's matrix cell says about one platform, best first. */
    public enum Cell { CURRENT, UPDATE_AVAILABLE, IN_PROGRESS, OUTDATED, NONE }

    public record MemberRow(Member member, @Nullable Budgets.Usage usage, List<MemberAssignment> assignments,
                            List<CertificateView> certificates, Map<String, Cell> matrix) {
    }

    /** One week (Monday to Sunday) of the team's learning time against the budgets that apply now. */
    public record WeekRow(LocalDate monday, long usedSeconds, long budgetSeconds) {
    }

    /** Of {@code members} people, {@code current} hold a valid certificate of the course's latest major version. */
    public record CourseCurrency(String slug, String title, String currentVersion, int current, int members) {
        public int percent() {
            return members == 0 ? 0 : Math.round(100f * current / members);
        }
    }

    /** A certificate whose validity ends or whose renewal window closes soon. */
    public record Deadline(Member member, CertificateView certificate, Instant at) {
    }
}
