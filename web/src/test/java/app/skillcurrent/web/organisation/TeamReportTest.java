package app.skillcurrent.web.organisation;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.testing.Sql;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The employer's view of a team over time: assignment statuses, learning time against budgets, certificate
 * currency and the platform matrix, the same facts in the dashboard, the CSV and the JSON API; and the
 * learner's side of it on their own dashboard.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamReportTest implements DatabaseTest {

    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    AccountService accounts;
    @Inject
    Enrolments enrolments;
    @Inject
    Topics topics;
    @Inject
    LearningTime learningTime;
    @Inject
    Certificates certificates;
    @Inject
    JsonMapper json;
    @Inject
    javax.sql.DataSource dataSource;

    private Employers employers;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @BeforeAll
    void setUp() {
        employers = new Employers(server.getURI());
    }

    @Test
    void statusesCurrencyAndTheMatrixFollowLearningAndNewVersions() throws Exception {
        long tiktok = topics.bySlug("tiktok").orElseThrow().id();
        Published course = fixtures.course("TikTok for teams", null, 30, Set.of(tiktok));
        Employers.Person admin = employers.person("Rita Report");
        String org = employers.organisation(admin, "Report Rabbits");
        Account graduate = joined(admin, org, "Gina Graduate");
        Account learner = joined(admin, org, "Lars Learner");
        joined(admin, org, "Ib Idle");
        String team = team(admin, org, "Short video", graduate, learner, accounts.findByEmail(emailOf(admin, org, "Ib Idle")).orElseThrow());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assign(admin, org, "course:" + course.slug(), "team:" + team, today.plusDays(10).toString());

        fixtures.completeLessons(graduate.id(), course.slug());
        fixtures.passExam(graduate.id(), course.slug());
        enrolments.enrol(learner.id(), course.slug());
        LearnerCourse opened = enrolments.open(learner.id(), course.slug());
        fixtures.completeLesson(learner.id(), opened, course.lessonIds().get(0));

        JsonNode report = report(admin, org);
        assertThat(assignmentStatus(report, "Gina Graduate")).isEqualTo("COMPLETED");
        assertThat(assignmentStatus(report, "Lars Learner")).isEqualTo("IN_PROGRESS");
        assertThat(member(report, "Lars Learner").get("assignments").get(0).get("progressPercent").getIntValue()).isEqualTo(50);
        assertThat(assignmentStatus(report, "Ib Idle")).isEqualTo("NOT_STARTED");
        assertThat(platform(report, "Gina Graduate", "TikTok")).isEqualTo("CURRENT");
        assertThat(platform(report, "Lars Learner", "TikTok")).isEqualTo("IN_PROGRESS");
        assertThat(platform(report, "Ib Idle", "TikTok")).isEqualTo("NONE");
        JsonNode currency = report.get("currency").get(0);
        assertThat(currency.get("currentHolders").getIntValue()).isEqualTo(1);
        assertThat(currency.get("members").getIntValue()).as("the admin counts as a member too").isEqualTo(4);

        Document dashboard = dashboard(admin, org);
        assertThat(dashboard.select("nav.sub-nav a[aria-current=page]")).extracting(Element::text).containsExactly("Overview");
        assertThat(dashboard.select("p.lead").text()).startsWith("4 members, 4 of 10 seats taken.");
        assertThat(dashboard.select("section[aria-labelledby=currency-heading] tbody tr"))
                .extracting(row -> row.selectFirst("th a").text(), row -> row.selectFirst("td").text())
                .containsExactly(tuple("TikTok for teams", "25 % 1 of 4 members"));
        assertThat(work(dashboard, "Lars Learner")).isEqualTo("TikTok for teams · due " + today.plusDays(10) + " in progress 50 %");
        assertThat(work(dashboard, "Gina Graduate")).startsWith("TikTok for teams · due " + today.plusDays(10) + " completed 100 %")
                .contains("TikTok for teams 1.0 Valid");
        assertThat(dashboard.select("table.matrix thead th")).extracting(Element::text).startsWith("Member").contains("TikTok");
        assertThat(matrix(dashboard, "TikTok")).containsEntry("Gina Graduate", "cell-CURRENT current")
                .containsEntry("Lars Learner", "cell-IN_PROGRESS in progress")
                .containsEntry("Ib Idle", "cell-NONE nothing yet");

        clock.advance(Duration.ofDays(11));
        Employers.signInAgain(admin);
        report = report(admin, org);
        assertThat(assignmentStatus(report, "Lars Learner")).isEqualTo("OVERDUE");
        assertThat(assignmentStatus(report, "Ib Idle")).isEqualTo("OVERDUE");
        assertThat(assignmentStatus(report, "Gina Graduate")).as("done before the due date stays done").isEqualTo("COMPLETED");

        courses.revise(course, Severity.MAJOR, "Shop tabs moved.");
        report = report(admin, org);
        assertThat(platform(report, "Gina Graduate", "TikTok")).isEqualTo("UPDATE_AVAILABLE");
        assertThat(report.get("currency").get(0).get("currentHolders").getIntValue()).as("nobody holds the newest major version").isZero();
        assertThat(dashboard(admin, org).select("section[aria-labelledby=currency-heading] ul li"))
                .as("the closing renewal window is listed as a deadline")
                .anySatisfy(deadline -> {
                    assertThat(deadline.text()).contains(": Gina Graduate, TikTok for teams 1.0");
                    assertThat(deadline.select("a").attr("href")).startsWith("/certificates/");
                });

        clock.advance(Duration.ofDays(31));
        Employers.signInAgain(admin);
        report = report(admin, org);
        assertThat(platform(report, "Gina Graduate", "TikTok")).isEqualTo("OUTDATED");
    }

    @Test
    void theChartShowsTwelveWeeksOfTheTeamsTimeAgainstTheWeeklyBudget() throws Exception {
        Published course = fixtures.course("Charted course", null, 90);
        Employers.Person admin = employers.person("Chad Chart");
        String org = employers.organisation(admin, "Chart Chickens");
        admin.session().get("/organisations/" + org + "/members");
        assertThat(admin.session().post("/organisations/" + org + "/settings",
                Map.of("name", "Chart Chickens", "seats", "10", "budgetHours", "1,5", "budgetPeriod", "WEEK")).statusCode()).isEqualTo(303);
        Employers.Person member = employers.member(admin, org, "Carla Charted");
        learn(accounts.findByEmail(member.email()).orElseThrow().id(), course.slug(), 5);

        Document dashboard = dashboard(admin, org);
        Element chart = dashboard.selectFirst("figure.chart-figure svg.chart");
        assertThat(chart).as("the chart is drawn on the server").isNotNull();
        assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-title");
        assertThat(chart.select("#chart-title").text()).isEqualTo("Learning time, last 12 weeks");
        assertThat(chart.select("rect")).as("one bar a week").hasSize(12);
        assertThat(chart.select("rect").last().select("title").text()).endsWith(": 2 min");
        assertThat(chart.select("rect").first().attr("height")).isEqualTo("0.0");
        assertThat(chart.select("text[text-anchor=end]")).extracting(Element::text)
                .as("the scale, from nothing to a round number above the 3 h budgeted for two").containsExactly("0 h", "1 h", "2 h", "3 h", "4 h");
        assertThat(chart.select("line[stroke-dasharray] title")).extracting(Element::text).containsExactly("Weekly budget");
        assertThat(chart.select("line[stroke-dasharray]").attr("y1")).as("on the 3 h line")
                .isEqualTo(chart.select("line").get(3).attr("y1"));
        List<String> lastWeek = dashboard.select("section[aria-labelledby=time-heading] details tbody tr").last().select("td").eachText();
        assertThat(lastWeek).as("the same figures as a table").containsExactly(
                lastWeek.get(0), "2 min", "3 h 0 min");
        assertThat(dashboard.select("p.lead").text()).endsWith("Learning time this week: 2 min of 3 h 0 min budgeted.");
    }

    @Test
    void learningTimeCountsAgainstBudgetsAndOverspendingOnlyWarns() throws Exception {
        Published course = fixtures.course("Reels budgets", null, 90);
        Employers.Person admin = employers.person("Bea Budget");
        String org = employers.organisation(admin, "Budget Bears");
        admin.session().get("/organisations/" + org + "/members");
        assertThat(admin.session().post("/organisations/" + org + "/settings",
                Map.of("name", "Budget Bears", "seats", "10", "budgetHours", "3", "budgetPeriod", "WEEK")).statusCode()).isEqualTo(303);
        Employers.Person steady = employers.member(admin, org, "Sten Steady");
        Employers.Person eager = employers.member(admin, org, "Eli Eager");
        String eagerId = Employers.memberId(admin, org, eager.email());
        String budget = "/organisations/" + org + "/members/" + eagerId + "/budget";

        HttpResponse<String> wrong = admin.session().post(budget, Map.of("budgetHours", "lots", "budgetPeriod", "MONTH"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(wrong, "hours-" + eagerId)).isEqualTo("Enter the hours as a number, for example 3 or 1.5.");
        Document wrongPage = Employers.page(wrong);
        assertThat(wrongPage.select("#hours-" + eagerId).attr("value")).as("what was typed is kept").isEqualTo("lots");
        assertThat(wrongPage.select("#period-" + eagerId + " option[selected]")).extracting(Element::val).containsExactly("MONTH");
        assertThat(wrongPage.select("#budgetHours").attr("value")).as("the settings form is as saved").isEqualTo("3");
        assertThat(wrongPage.select(".field-error")).as("only the member's row shows the problem").hasSize(1);
        HttpResponse<String> tiny = admin.session().post(budget, Map.of("budgetHours", "1e-2000000000", "budgetPeriod", "WEEK"));
        assertThat(tiny.statusCode()).as("an exponent with more decimals than minutes need is refused at once").isEqualTo(422);
        assertThat(InvitationsTest.fieldError(tiny, "hours-" + eagerId)).isEqualTo("Enter the hours as a number, for example 3 or 1.5.");
        HttpResponse<String> tooMuch = admin.session().post(budget, Map.of("budgetHours", "61", "budgetPeriod", "WEEK"));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(tooMuch, "hours-" + eagerId)).contains("at most 60 hours");
        HttpResponse<String> monthly = admin.session().post(budget, Map.of("budgetHours", "241", "budgetPeriod", "MONTH"));
        assertThat(InvitationsTest.fieldError(monthly, "hours-" + eagerId)).contains("at most 240 hours");
        HttpResponse<String> nothing = admin.session().post(budget, Map.of("budgetHours", "0.001", "budgetPeriod", "WEEK"));
        assertThat(InvitationsTest.fieldError(nothing, "hours-" + eagerId)).as("less than a minute is no budget")
                .isEqualTo("A weekly budget is more than 0 and at most 60 hours.");
        HttpResponse<String> settings = admin.session().post("/organisations/" + org + "/settings",
                Map.of("name", "Budget Bears", "seats", "10", "budgetHours", "3.5.1", "budgetPeriod", "FORTNIGHT"));
        assertThat(settings.statusCode()).isEqualTo(422);
        assertThat(Employers.page(settings).select(".error-summary a")).extracting(a -> a.attr("href"), Element::text).containsExactly(
                tuple("#budgetHours", "Hours: Enter the hours as a number, for example 3 or 1.5."),
                tuple("#budgetPeriod", "Per: Choose per week or per month."));
        assertThat(admin.session().post(budget, Map.of("budgetHours", "0,02", "budgetPeriod", "MONTH")).statusCode())
                .as("a decimal comma is fine").isEqualTo(303);

        learn(accounts.findByEmail(steady.email()).orElseThrow().id(), course.slug(), 3);
        learn(accounts.findByEmail(eager.email()).orElseThrow().id(), course.slug(), 7);

        JsonNode report = report(admin, org);
        JsonNode steadyTime = member(report, "Sten Steady").get("learningTime");
        assertThat(steadyTime.get("period").getStringValue()).isEqualTo("WEEK");
        assertThat(steadyTime.get("usedSeconds").getIntValue()).isEqualTo(60);
        assertThat(steadyTime.get("budgetSeconds").getIntValue()).isEqualTo(3 * 3600);
        JsonNode eagerTime = member(report, "Eli Eager").get("learningTime");
        assertThat(eagerTime.get("period").getStringValue()).isEqualTo("MONTH");
        assertThat(eagerTime.get("usedSeconds").getIntValue()).isEqualTo(180);
        assertThat(eagerTime.get("budgetSeconds").getIntValue()).isEqualTo(60);
        assertThat(report.get("weeks").get(11).get("usedSeconds").getLongValue()).as("the chart's last week holds the team's time")
                .isEqualTo(240);

        assertThat(Employers.page(steady.session().get("/dashboard")).text())
                .contains("2 h 59 min of your 3 h 0 min learning time left this week (Budget Bears).");
        assertThat(Employers.page(eager.session().get("/dashboard")).text()).as("a warning, not a block")
                .contains("You are 2 min over your 1 min learning time (Budget Bears).");
        assertThat(eager.session().get("/learn/" + course.slug() + "/" + course.lessonIds().get(1)).statusCode())
                .as("learning goes on over budget").isEqualTo(200);
        Element eagerRow = memberRow(admin, org, eager.email());
        assertThat(eagerRow.select("td").get(1).text()).isEqualTo("3 min of 1 min (per month) over budget");
        assertThat(eagerRow.select("#hours-" + eagerId).attr("value")).isEqualTo("0.02");
        assertThat(eagerRow.select(".hint").text()).isEqualTo("Own budget instead of the organisation's.");
        assertThat(memberRow(admin, org, steady.email()).select("td").get(1).text()).isEqualTo("1 min of 3 h 0 min (per week)");
        assertThat(Employers.page(admin.session().get("/organisations/" + org)).select("section[aria-labelledby=progress-heading] tbody tr")
                .stream().filter(row -> row.selectFirst("th").text().startsWith("Eli Eager")).findFirst().orElseThrow()
                .select(".badge-warn")).extracting(Element::text).containsExactly("over budget");
    }

    @Test
    void theCsvOpensInSpreadsheetsAndCannotCarryFormulas() throws Exception {
        Published course = fixtures.course("CSV course", 12, 90);
        Employers.Person admin = employers.person("Carl Csv");
        String org = employers.organisation(admin, "Søndergaard & Müller");
        Account graduate = joined(admin, org, "Åse Ørsted");
        joined(admin, org, "=HYPERLINK(\"http://evil\")");
        assign(admin, org, "course:" + course.slug(), "member:" + Employers.memberId(admin, org, graduate.email()), "");
        fixtures.completeLessons(graduate.id(), course.slug());
        fixtures.passExam(graduate.id(), course.slug());
        String certificateId = certificates.latest(graduate.id(), course.slug()).orElseThrow().publicId();

        HttpResponse<byte[]> csv = admin.session().download("/organisations/" + org + "/report.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment"));
        byte[] body = csv.body();
        assertThat(body).as("a UTF-8 byte order mark first").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", ReportCsv.HEADER));
        assertThat(text).as("UTF-8 names survive").contains("Åse Ørsted,");
        assertThat(text).contains("CSV course,,COMPLETED,100," + certificateId + ",1.0,ACTIVE");
        assertThat(text).as("a formula is defused and quoted").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(text).doesNotContain("\n=", ",=HYPERLINK");
    }

    @Test
    void removingAMemberKeepsTheirCertificatesAndProgress() throws Exception {
        Published course = fixtures.course("Kept course", null, 90);
        Employers.Person admin = employers.person("Kaj Keeper");
        String org = employers.organisation(admin, "Keepers");
        Employers.Person leaver = employers.member(admin, org, "Lea Leaver");
        Account leaverAccount = accounts.findByEmail(leaver.email()).orElseThrow();
        fixtures.completeLessons(leaverAccount.id(), course.slug());
        fixtures.passExam(leaverAccount.id(), course.slug());
        String certificateId = certificates.latest(leaverAccount.id(), course.slug()).orElseThrow().publicId();
        String memberId = Employers.memberId(admin, org, leaver.email());
        String removal = "/organisations/" + org + "/members/" + memberId + "/remove";

        Document confirm = Employers.page(admin.session().get(removal));
        assertThat(confirm.select("#remove-heading").text()).isEqualTo("Remove Lea Leaver?");
        assertThat(confirm.select("nav.sub-nav a[aria-current=page]")).extracting(Element::text).containsExactly("Members");
        assertThat(confirm.select("label[class=choice]").text()).isEqualTo("Yes, remove this member");
        HttpResponse<String> unconfirmed = admin.session().post(removal, Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(unconfirmed, "confirm")).isEqualTo("Tick the box to confirm the removal.");
        assertThat(memberRow(admin, org, leaver.email())).as("nothing removed yet").isNotNull();
        admin.session().get(removal);
        HttpResponse<String> removed = admin.session().post(removal, Map.of("confirm", "yes"));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(removed.headers().firstValue("Location")).hasValue("/organisations/" + org + "/members");
        Document members = Employers.page(admin.session().get("/organisations/" + org + "/members"));
        assertThat(members.select(".flash").text()).isEqualTo("Member removed. Their progress and certificates stay with them.");

        assertThat(dashboard(admin, org).select("section[aria-labelledby=progress-heading] tbody th").eachText())
                .noneMatch(name -> name.contains("Lea Leaver"));
        assertThat(leaver.session().get("/certificates").body()).as("the wallet still holds it").contains(certificateId);
        assertThat(new WebSession(server.getURI()).get("/certificates/" + certificateId).statusCode()).isEqualTo(200);
        assertThat(Employers.page(leaver.session().get("/dashboard")).text()).contains("Kept course");

        String adminId = Employers.memberId(admin, org, admin.email());
        HttpResponse<String> lastAdmin = admin.session().post("/organisations/" + org + "/members/" + adminId + "/remove",
                Map.of("confirm", "yes"));
        assertThat(lastAdmin.statusCode()).isEqualTo(409);
        assertThat(Employers.page(lastAdmin).select("main").text()).contains("at least one admin");
    }

    @Test
    void assignmentsComeFirstOnTheLearnersDashboardAndBadAssignmentsAreRefused() throws Exception {
        Published course = fixtures.course("Assigned first", null, 90);
        Employers.Person admin = employers.person("Ane Assigner");
        String org = employers.organisation(admin, "Assigners");
        Employers.Person member = employers.member(admin, org, "Mia Member");
        String memberId = Employers.memberId(admin, org, member.email());
        String assignments = "/organisations/" + org + "/assignments";
        Document form = Employers.page(admin.session().get(assignments));
        assertThat(form.select("select#what optgroup[label=Courses] option")).extracting(Element::text).contains("Assigned first");
        assertThat(form.select("select#whom optgroup[label=Members] option")).extracting(Element::text)
                .containsExactlyInAnyOrder("Ane Assigner", "Mia Member");
        assertThat(form.select("select#whom optgroup[label=Teams]")).as("no teams yet").isEmpty();
        assertThat(form.select("form[action$=/assignments] option[selected]")).as("nothing chosen yet").isEmpty();

        HttpResponse<String> refused = admin.session().post(assignments,
                Map.of("what", "course:" + course.slug(), "whom", "member:" + memberId, "dueOn", "2020-01-01"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(refused, "dueOn")).contains("today or later");
        Document again = Employers.page(refused);
        assertThat(again.select("select#what option[selected]")).extracting(Element::val).as("the choices are kept")
                .containsExactly("course:" + course.slug());
        assertThat(again.select("select#whom option[selected]")).extracting(Element::text).containsExactly("Mia Member");
        assertThat(again.select("input#dueOn").attr("value")).isEqualTo("2020-01-01");
        HttpResponse<String> unknown = admin.session().post(assignments,
                Map.of("what", "course:no-such-course", "whom", "member:" + memberId, "dueOn", ""));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(unknown, "what")).isEqualTo("That course or track does not exist (any more).");
        HttpResponse<String> notADate = admin.session().post(assignments,
                Map.of("what", "course:" + course.slug(), "whom", "member:" + memberId, "dueOn", "31/12/2030"));
        assertThat(notADate.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(notADate, "dueOn")).isEqualTo("Enter the due date as a date, for example 2027-03-31.");
        HttpResponse<String> empty = admin.session().post(assignments, Map.of("what", "", "whom", "", "dueOn", ""));
        assertThat(Employers.page(empty).select(".error-summary a")).extracting(a -> a.attr("href"), Element::text)
                .as("every missing choice at once, in form order").containsExactly(
                        tuple("#what", "Course or track: Choose a course or a track."), tuple("#whom", "To: Choose a member or a team."));
        assign(admin, org, "course:" + course.slug(), "member:" + memberId, "");
        HttpResponse<String> twice = admin.session().post(assignments,
                Map.of("what", "course:" + course.slug(), "whom", "member:" + memberId, "dueOn", ""));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(InvitationsTest.fieldError(twice, "what")).contains("already assigned");
        assertThat(Employers.page(admin.session().get(assignments)).select("section[aria-labelledby=assigned-heading] tbody tr td:lt(3)")
                .eachText()).containsExactly("Assigned first (course)", "Mia Member", "no due date");

        Account account = accounts.findByEmail(member.email()).orElseThrow();
        enrolments.enrol(account.id(), fixtures.course("Self-chosen", null, 90).slug());
        Document dashboard = Employers.page(member.session().get("/dashboard"));
        List<String> sections = dashboard.select("main section").eachAttr("aria-labelledby");
        assertThat(sections.indexOf("assigned-heading")).as("assignments come first")
                .isNotNegative().isLessThan(sections.indexOf("progress-heading"));
        Element card = dashboard.selectFirst("section[aria-labelledby=assigned-heading] li.card");
        assertThat(card.select("h3").text()).isEqualTo("Assigned first");
        assertThat(card.select(".badge").text()).isEqualTo("not started");

        fixtures.completeLessons(account.id(), course.slug());
        fixtures.passExam(account.id(), course.slug());
        Element afterwards = Employers.page(member.session().get("/dashboard")).selectFirst("section[aria-labelledby=assigned-heading] li.card");
        assertThat(afterwards.select(".badge").hasClass("status-COMPLETED")).as("the assigned course shows as completed: " + afterwards)
                .isTrue();
    }

    @Test
    void theReportMakesTheSameQueriesForAnyNumberOfPeople() throws Exception {
        Published first = fixtures.course("Scale one", null, 90);
        Published second = fixtures.course("Scale two", null, 90);
        Employers.Person admin = employers.person("Sam Scale");
        String org = employers.organisation(admin, "Scalers");
        Account[] people = new Account[6];
        for (int i = 0; i < people.length; i++) {
            people[i] = joined(admin, org, "Scaler " + i);
            for (Published course : List.of(first, second)) {
                enrolments.enrol(people[i].id(), course.slug());
                fixtures.completeLesson(people[i].id(), enrolments.open(people[i].id(), course.slug()), course.lessonIds().get(0));
            }
        }
        // one certificate among the first two people and one among the four who join later
        for (Account graduate : List.of(people[0], people[5])) {
            fixtures.completeLessons(graduate.id(), first.slug());
            fixtures.passExam(graduate.id(), first.slug());
        }
        String team = team(admin, org, "Scaling", people[0], people[1]);
        assign(admin, org, "course:" + first.slug(), "team:" + team, "");
        assign(admin, org, "course:" + second.slug(), "team:" + team, "");
        long withTwo = selectsFor(() -> report(admin, org));
        for (int i = 2; i < people.length; i++) {
            assertThat(admin.session().post("/organisations/" + org + "/teams/" + team + "/members",
                    Map.of("member", Employers.memberId(admin, org, people[i].email()))).statusCode()).isEqualTo(303);
        }
        JsonNode report = report(admin, org);
        assertThat(assignmentStatus(report, "Scaler 4")).as("the report still reads the learning").isEqualTo("IN_PROGRESS");
        assertThat(member(report, "Scaler 4").get("assignments").get(1).get("progressPercent").getIntValue()).isEqualTo(50);
        assertThat(assignmentStatus(report, "Scaler 5")).as("and the certificates").isEqualTo("COMPLETED");
        long withSix = selectsFor(() -> report(admin, org));
        // enrolments, lessons, exams and certificates are read for everyone at once (reading them per person
        // and course made eight queries per person here, and each certificate cost four more)
        assertThat(withSix).as("four more people cost " + (withSix - withTwo) + " more queries").isLessThanOrEqualTo(withTwo);
    }

    private long selects() {
        return Sql.single(dataSource, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = ?",
                "COM_SELECT");
    }

    /** The fewest SELECTs the database ran during the call, over three calls (other work may run alongside). */
    private long selectsFor(java.util.concurrent.Callable<?> call) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = selects();
            call.call();
            fewest = Math.min(fewest, selects() - before);
        }
        return fewest;
    }

    /** Two or more heartbeats 30 seconds apart on the course's first lesson: (beats - 1) × 30 s of learning. */
    private void learn(long userId, String slug, int beats) {
        enrolments.enrol(userId, slug);
        LearnerCourse course = enrolments.open(userId, slug);
        long lessonId = course.lessons().get(0).lessonId();
        for (int i = 0; i < beats; i++) {
            if (i > 0) {
                clock.advance(Duration.ofSeconds(30));
            }
            learningTime.heartbeat(userId, course, lessonId);
        }
        clock.advance(Duration.ofMinutes(5)); // the next learner's beats start a fresh clock
    }

    private Account joined(Employers.Person admin, String org, String name) {
        Employers.Person person = employers.member(admin, org, name);
        return accounts.findByEmail(person.email()).orElseThrow();
    }

    private String emailOf(Employers.Person admin, String org, String name) throws Exception {
        return member(report(admin, org), name).get("email").getStringValue();
    }

    /** A new team with these people in it, made on the teams page; returns its public id. */
    private String team(Employers.Person admin, String org, String name, Account... people) {
        String teams = "/organisations/" + org + "/teams";
        admin.session().get(teams);
        assertThat(admin.session().post(teams, Map.of("name", name)).statusCode()).isEqualTo(303);
        Element panel = Employers.page(admin.session().get(teams)).select("section.panel").stream()
                .filter(p -> p.selectFirst("h2").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the team " + name + " is listed"));
        String id = Employers.segmentAfter(panel.selectFirst("form[action$=/delete]").attr("action"), "teams");
        for (Account person : people) {
            assertThat(admin.session().post(teams + "/" + id + "/members",
                    Map.of("member", Employers.memberId(admin, org, person.email()))).statusCode()).isEqualTo(303);
        }
        return id;
    }

    private static void assign(Employers.Person admin, String org, String what, String whom, String dueOn) {
        admin.session().get("/organisations/" + org + "/assignments");
        HttpResponse<String> assigned = admin.session().post("/organisations/" + org + "/assignments",
                Map.of("what", what, "whom", whom, "dueOn", dueOn));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(303);
    }

    private JsonNode report(Employers.Person admin, String org) throws Exception {
        HttpResponse<String> response = admin.session().get("/api/v1/organisations/" + org + "/report", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readValue(response.body(), JsonNode.class);
    }

    private static Document dashboard(Employers.Person admin, String org) {
        return Employers.page(admin.session().get("/organisations/" + org));
    }

    /** What the dashboard's progress table says about a member's assigned work. */
    private static String work(Document dashboard, String name) {
        return dashboard.select("section[aria-labelledby=progress-heading] tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is on the dashboard"))
                .select("td").get(1).text();
    }

    /** Each member's matrix cell for the platform, as its class and text. */
    private static Map<String, String> matrix(Document dashboard, String platform) {
        int column = dashboard.select("table.matrix thead th").eachText().indexOf(platform);
        assertThat(column).as(platform + " has a column").isPositive();
        return dashboard.select("table.matrix tbody tr").stream().collect(Collectors.toMap(
                row -> row.selectFirst("th").text(),
                row -> row.child(column).className() + " " + row.child(column).text()));
    }

    /** A member's row on the members page. */
    private static Element memberRow(Employers.Person admin, String org, String email) {
        return Employers.page(admin.session().get("/organisations/" + org + "/members"))
                .select("section[aria-labelledby=members-heading] tbody tr").stream()
                .filter(row -> row.select("th .meta").text().equals(email)).findFirst()
                .orElse(null);
    }

    private static JsonNode member(JsonNode report, String name) {
        for (JsonNode member : report.get("members").values()) {
            if (member.get("name").getStringValue().equals(name)) {
                return member;
            }
        }
        throw new AssertionError("no member " + name + " in " + report);
    }

    private static String assignmentStatus(JsonNode report, String name) {
        return member(report, name).get("assignments").get(0).get("status").getStringValue();
    }

    private static String platform(JsonNode report, String name, String platform) {
        return member(report, name).get("platforms").get(platform).getStringValue();
    }
}
