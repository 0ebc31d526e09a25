package app.skillcurrent.web.organisation;

import app.skillcurrent.web.view.Durations;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The team dashboard: seats and this week's time in one line, each member's assigned work and learning time,
 * the weekly learning-time chart with its figures as a table, certificate currency per course, deadlines
 * coming up and the members × platforms matrix. Durations are already written out ("2 h 10 min").
 *
 * @param budgetThisWeek the team's hours budgeted this week, null when nobody has a budget
 * @param platforms      the matrix's column headings
 */
record TeamDashboardPage(OrganisationHeading organisation, int memberCount, int seatsTaken, String usedThisWeek,
                         @Nullable String budgetThisWeek, List<MemberProgress> members, List<WeekFigures> weeks,
                         LearningTimeChart chart, List<CourseCurrency> currency, List<Deadline> deadlines,
                         List<String> platforms, List<MatrixRow> matrix) implements OrganisationPage {

    /** @param time null when the member has no budget */
    record MemberProgress(String name, String email, @Nullable TimeUse time, List<Work> assignments) {
    }

    /** Learning time used of the budget in the current period. */
    record TimeUse(String used, String budget, String periodKey, int percentUsed, boolean over) {
    }

    /** Assigned work with its standing and the certificates it earned, course by course. */
    record Work(String title, @Nullable String due, String status, String statusKey, int percent,
                List<Certificate> certificates) {
    }

    record Certificate(String id, String course, String version, String statusKey) {
    }

    /** @param budget the hours budgeted that week, or a dash */
    record WeekFigures(String monday, String used, String budget) {
    }

    /** Of {@code members} people, {@code current} hold a valid certificate of the course's latest major version. */
    record CourseCurrency(String title, String slug, String version, int current, int members, int percent) {
    }

    /** A certificate whose validity ends or whose renewal window closes {@code on} that day. */
    record Deadline(String member, String course, String version, String certificateId, String statusKey, String on) {
    }

    record MatrixRow(String name, List<MatrixCell> cells) {
    }

    /** @param cell the cell's standing, also its CSS class; {@code key} the text for it */
    record MatrixCell(String platform, String cell, String key) {
    }

    @Override
    public String section() {
        return "overview";
    }

    @Override
    public String view() {
        return "organisation/dashboard";
    }
}
