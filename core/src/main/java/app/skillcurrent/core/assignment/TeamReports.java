package app.skillcurrent.core.assignment;

import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.learningtime.DailySeconds;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.core.organisation.BudgetPeriod;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.support.Times;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds {@link TeamReport}s. It reads, per member, only what concerns the organisation: progress on the
 * work it assigned, learning time and certificates. Courses a member follows on their own show nowhere
 * except through a certificate, which is public anyway.
 */
@Singleton
public class TeamReports {

    public static final int WEEKS = 12;
    /** Deadlines this close are listed on the dashboard. */
    public static final Duration DEADLINES_WITHIN = Duration.ofDays(60);

    private final Members members;
    private final Assignments assignments;
    private final Standings standings;
    private final Certificates certificates;
    private final Budgets budgets;
    private final LearningTime learningTime;
    private final Catalogue catalogue;
    private final Topics topics;
    private final Teams teams;
    private final Clock clock;

    TeamReports(Members members, Assignments assignments, Standings standings, Certificates certificates,
                Budgets budgets, LearningTime learningTime, Catalogue catalogue, Topics topics, Teams teams,
                Clock clock) {
        this.members = members;
        this.assignments = assignments;
        this.standings = standings;
        this.certificates = certificates;
        this.budgets = budgets;
        this.learningTime = learningTime;
        this.catalogue = catalogue;
        this.topics = topics;
        this.teams = teams;
        this.clock = clock;
    }

    public TeamReport of(Organisation organisation) {
        LocalDate today = budgets.today();
        List<Member> people = members.of(organisation);
        List<AssignmentRow> assigned = assignments.of(organisation);
        Map<Long, Set<Long>> teamsOf = teamsByMember(organisation);
        Map<String, Set<String>> platformsOf = catalogue.platformsOfCourses();
        List<String> platforms = topics.platforms().stream().map(Topic::name).toList();

        Map<Long, Budgets.Usage> usages = budgets.usages(organisation, people);
        Map<Long, List<CertificateView>> certificatesOf = certificates.ofHolders(people.stream().map(Member::userId).toList());
        Map<Long, Map<String, CertificateView>> heldBy = new HashMap<>();
        Map<Long, List<AssignmentRow>> workOf = new HashMap<>();
        for (Member member : people) {
            Map<String, CertificateView> held = new LinkedHashMap<>();
            newestPerCourse(certificatesOf.getOrDefault(member.userId(), List.of())).forEach(c -> held.put(c.courseSlug(), c));
            heldBy.put(member.userId(), held);
            workOf.put(member.userId(), assigned.stream().filter(a -> reaches(a, member, teamsOf)).toList());
        }
        Map<Long, List<MemberAssignment>> standingsOf = standings.ofEach(workOf, courses -> heldBy, today);
        List<TeamReport.MemberRow> rows = new ArrayList<>();
        for (Member member : people) {
            List<MemberAssignment> work = standingsOf.get(member.userId());
            List<CertificateView> held = List.copyOf(heldBy.get(member.userId()).values());
            rows.add(new TeamReport.MemberRow(member, usages.get(member.userId()), work, held,
                    matrix(platforms, platformsOf, work, held)));
        }
        return new TeamReport(organisation, today, rows, weeks(organisation, people, today),
                currency(rows), deadlines(rows, Times.now(clock)), platforms);
    }

    private Map<Long, Set<Long>> teamsByMember(Organisation organisation) {
        Map<Long, Set<Long>> teamsOf = new HashMap<>();
        for (Team team : teams.of(organisation)) {
            team.members().forEach(m -> teamsOf.computeIfAbsent(m.userId(), k -> new HashSet<>()).add(team.id()));
        }
        return teamsOf;
    }

    private static boolean reaches(AssignmentRow assignment, Member member, Map<Long, Set<Long>> teamsOf) {
        return assignment.isForTeam()
                ? teamsOf.getOrDefault(member.userId(), Set.of()).contains(assignment.teamId())
                : assignment.userId() == member.userId();
    }

    /** The newest certificate per course; revoked and suspended ones say nothing about currency. */
    private static List<CertificateView> newestPerCourse(List<CertificateView> all) {
        Map<String, CertificateView> newest = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing((CertificateView c) -> c.certificate().version()).reversed())
                .forEach(c -> newest.putIfAbsent(c.courseSlug(), c));
        return List.copyOf(newest.values());
    }

    static TeamReport.Cell cellOf(CertificateView certificate) {
        CertificateStatus status = certificate.status();
        if (status == CertificateStatus.REVOKED || status == CertificateStatus.SUSPENDED) {
            return TeamReport.Cell.NONE;
        }
        if (!status.valid()) {
            return TeamReport.Cell.OUTDATED;
        }
        return certificate.newerMajor() == null ? TeamReport.Cell.CURRENT : TeamReport.Cell.UPDATE_AVAILABLE;
    }

    private static Map<String, TeamReport.Cell> matrix(List<String> platforms, Map<String, Set<String>> platformsOf,
                                                       List<MemberAssignment> work, List<CertificateView> held) {
        Map<String, TeamReport.Cell> cells = new LinkedHashMap<>();
        platforms.forEach(p -> cells.put(p, TeamReport.Cell.NONE));
        for (CertificateView certificate : held) {
            for (String platform : platformsOf.getOrDefault(certificate.courseSlug(), Set.of())) {
                cells.merge(platform, cellOf(certificate), TeamReports::better);
            }
        }
        for (MemberAssignment assignment : work) {
            for (CourseStanding course : assignment.courses()) {
                if (course.started() && course.status() != AssignmentStatus.COMPLETED) {
                    for (String platform : platformsOf.getOrDefault(course.slug(), Set.of())) {
                        cells.merge(platform, TeamReport.Cell.IN_PROGRESS, TeamReports::better);
                    }
                }
            }
        }
        return cells;
    }

    private static TeamReport.Cell better(TeamReport.Cell a, TeamReport.Cell b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private List<TeamReport.WeekRow> weeks(Organisation organisation, List<Member> people, LocalDate today) {
        LocalDate firstMonday = BudgetPeriod.WEEK.start(today).minusWeeks(WEEKS - 1);
        long[] used = new long[WEEKS];
        for (DailySeconds day : learningTime.daily(people.stream().map(Member::userId).toList(), firstMonday, today)) {
            used[(int) (ChronoUnit.DAYS.between(firstMonday, day.day()) / 7)] += day.seconds();
        }
        // budgets are not kept per week, so every week is measured against the budgets that apply today
        long budgetSecondsPerWeek = Math.round(people.stream()
                .map(m -> m.budget(organisation))
                .flatMap(Optional::stream)
                .mapToDouble(b -> b.period().minutesPerWeek(b.minutes()) * 60)
                .sum());
        List<TeamReport.WeekRow> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new TeamReport.WeekRow(firstMonday.plusWeeks(i), used[i], budgetSecondsPerWeek));
        }
        return weeks;
    }

    /** Courses the organisation assigned or its members hold certificates for, each with the team's share. */
    private static List<TeamReport.CourseCurrency> currency(List<TeamReport.MemberRow> rows) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> versions = new HashMap<>();
        Map<String, Integer> current = new HashMap<>();
        for (TeamReport.MemberRow row : rows) {
            for (MemberAssignment work : row.assignments()) {
                work.courses().forEach(c -> titles.putIfAbsent(c.slug(), c.title()));
            }
            for (CertificateView certificate : row.certificates()) {
                titles.putIfAbsent(certificate.courseSlug(), certificate.certificate().courseTitle());
                versions.put(certificate.courseSlug(), certificate.currentVersion().toString());
                if (cellOf(certificate) == TeamReport.Cell.CURRENT) {
                    current.merge(certificate.courseSlug(), 1, Integer::sum);
                }
            }
        }
        return titles.entrySet().stream()
                .map(e -> new TeamReport.CourseCurrency(e.getKey(), e.getValue(), versions.getOrDefault(e.getKey(), ""),
                        current.getOrDefault(e.getKey(), 0), rows.size()))
                .sorted(Comparator.comparing(TeamReport.CourseCurrency::title))
                .toList();
    }

    private static List<TeamReport.Deadline> deadlines(List<TeamReport.MemberRow> rows, Instant now) {
        List<TeamReport.Deadline> deadlines = new ArrayList<>();
        for (TeamReport.MemberRow row : rows) {
            for (CertificateView certificate : row.certificates()) {
                deadlineOf(certificate, now).ifPresent(at -> deadlines.add(new TeamReport.Deadline(row.member(), certificate, at)));
            }
        }
        deadlines.sort(Comparator.comparing(TeamReport.Deadline::at));
        return deadlines;
    }

    /** The nearer of validity end and renewal-window close, for certificates that still count. */
    private static Optional<Instant> deadlineOf(CertificateView certificate, Instant now) {
        if (!certificate.status().valid() || certificate.renewedBy() != null) {
            return Optional.empty();
        }
        Instant horizon = now.plus(DEADLINES_WITHIN);
        return Stream.of(certificate.certificate().validUntil(), certificate.windowClosesAt())
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .filter(at -> at.isBefore(horizon));
    }
}
