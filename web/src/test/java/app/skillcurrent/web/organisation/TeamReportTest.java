package app.skillcurrent.web.organisation;

import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.certificate.CertificateFixtures;
import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.TestClock;
import app.skillcurrent.web.support.WebSession;
import app.skillcurrent.web.support.Sql;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The employer's view of a team over time: assignment statuses, learning time against budgets, certificate
 * currency and the platform matrix, the same facts in the dashboard, the CSV and the JSON API; and the
 * learner's side of it on their own dashboard.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamReportTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CertificateFixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    AccountService accounts;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
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
        CertificateFixtures.Published course = fixtures.course("TikTok for teams", null, 30, Set.of(tiktok));
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
        assertEquals("COMPLETED", assignmentStatus(report, "Gina Graduate"));
        assertEquals("IN_PROGRESS", assignmentStatus(report, "Lars Learner"));
        assertEquals(50, member(report, "Lars Learner").get("assignments").get(0).get("progressPercent").getIntValue());
        assertEquals("NOT_STARTED", assignmentStatus(report, "Ib Idle"));
        assertEquals("CURRENT", member(report, "Gina Graduate").get("platforms").get("TikTok").getStringValue());
        assertEquals("IN_PROGRESS", member(report, "Lars Learner").get("platforms").get("TikTok").getStringValue());
        assertEquals("NONE", member(report, "Ib Idle").get("platforms").get("TikTok").getStringValue());
        JsonNode currency = report.get("currency").get(0);
        assertEquals(1, currency.get("currentHolders").getIntValue());
        assertEquals(4, currency.get("members").getIntValue(), "the admin counts as a member too");

        String dashboard = admin.session().get("/organisations/" + org).body();
        assertTrue(dashboard.contains("1 of 4 members"));
        assertTrue(dashboard.contains("<svg class=\"chart\""), "the chart is drawn on the server");
        assertTrue(dashboard.contains("cell-CURRENT") && dashboard.contains("cell-IN_PROGRESS"));

        clock.advance(Duration.ofDays(11));
        report = report(admin, org);
        assertEquals("OVERDUE", assignmentStatus(report, "Lars Learner"));
        assertEquals("OVERDUE", assignmentStatus(report, "Ib Idle"));
        assertEquals("COMPLETED", assignmentStatus(report, "Gina Graduate"), "done before the due date stays done");

        fixtures.revise(course, Severity.MAJOR, "Shop tabs moved.");
        report = report(admin, org);
        assertEquals("UPDATE_AVAILABLE", member(report, "Gina Graduate").get("platforms").get("TikTok").getStringValue());
        assertEquals(0, report.get("currency").get(0).get("currentHolders").getIntValue(), "nobody holds the newest major version");
        assertTrue(admin.session().get("/organisations/" + org).body().contains("Gina Graduate, <a href=\"/certificates/"),
                "the closing renewal window is listed as a deadline");

        clock.advance(Duration.ofDays(31));
        report = report(admin, org);
        assertEquals("OUTDATED", member(report, "Gina Graduate").get("platforms").get("TikTok").getStringValue());
    }

    @Test
    void learningTimeCountsAgainstBudgetsAndOverspendingOnlyWarns() throws Exception {
        CertificateFixtures.Published course = fixtures.course("Reels budgets", null, 90);
        Employers.Person admin = employers.person("Bea Budget");
        String org = employers.organisation(admin, "Budget Bears");
        admin.session().get("/organisations/" + org + "/members");
        assertEquals(303, admin.session().post("/organisations/" + org + "/settings",
                Map.of("name", "Budget Bears", "seats", "10", "budgetHours", "3", "budgetPeriod", "WEEK")).statusCode());
        Employers.Person steady = employers.member(admin, org, "Sten Steady");
        Employers.Person eager = employers.member(admin, org, "Eli Eager");
        String eagerId = Employers.memberId(admin, org, eager.email());

        HttpResponse<String> wrong = admin.session().post("/organisations/" + org + "/members/" + eagerId + "/budget",
                Map.of("budgetHours", "lots", "budgetPeriod", "MONTH"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("Enter the hours as a number"));
        HttpResponse<String> tiny = admin.session().post("/organisations/" + org + "/members/" + eagerId + "/budget",
                Map.of("budgetHours", "1e-2000000000", "budgetPeriod", "WEEK"));
        assertEquals(422, tiny.statusCode(), "an exponent with more decimals than minutes need is refused at once");
        assertTrue(tiny.body().contains("Enter the hours as a number"));
        HttpResponse<String> tooMuch = admin.session().post("/organisations/" + org + "/members/" + eagerId + "/budget",
                Map.of("budgetHours", "61", "budgetPeriod", "WEEK"));
        assertEquals(422, tooMuch.statusCode());
        assertTrue(tooMuch.body().contains("at most 60 hours"));
        assertEquals(303, admin.session().post("/organisations/" + org + "/members/" + eagerId + "/budget",
                Map.of("budgetHours", "0,02", "budgetPeriod", "MONTH")).statusCode(), "a decimal comma is fine");

        learn(accounts.findByEmail(steady.email()).orElseThrow().id(), course.slug(), 3);
        learn(accounts.findByEmail(eager.email()).orElseThrow().id(), course.slug(), 7);

        JsonNode report = report(admin, org);
        JsonNode steadyTime = member(report, "Sten Steady").get("learningTime");
        assertEquals("WEEK", steadyTime.get("period").getStringValue());
        assertEquals(60, steadyTime.get("usedSeconds").getIntValue());
        assertEquals(3 * 3600, steadyTime.get("budgetSeconds").getIntValue());
        JsonNode eagerTime = member(report, "Eli Eager").get("learningTime");
        assertEquals("MONTH", eagerTime.get("period").getStringValue());
        assertEquals(180, eagerTime.get("usedSeconds").getIntValue());
        assertEquals(60, eagerTime.get("budgetSeconds").getIntValue());
        long thisWeek = report.get("weeks").get(11).get("usedSeconds").getLongValue();
        assertEquals(240, thisWeek, "the chart's last week holds the team's time");

        assertTrue(steady.session().get("/dashboard").body().contains("2 h 59 min of your 3 h 0 min learning time left this week (Budget Bears)."));
        String eagerDashboard = eager.session().get("/dashboard").body();
        assertTrue(eagerDashboard.contains("You are 2 min over your 1 min learning time (Budget Bears)."), "a warning, not a block");
        assertEquals(200, eager.session().get("/learn/" + course.slug() + "/" + course.lessonIds().get(1)).statusCode(),
                "learning goes on over budget");
        assertTrue(admin.session().get("/organisations/" + org + "/members").body().contains("over budget"));
    }

    @Test
    void theCsvOpensInSpreadsheetsAndCannotCarryFormulas() throws Exception {
        CertificateFixtures.Published course = fixtures.course("CSV course", 12, 90);
        Employers.Person admin = employers.person("Carl Csv");
        String org = employers.organisation(admin, "Søndergaard & Müller");
        Account graduate = joined(admin, org, "Åse Ørsted");
        Account sly = joined(admin, org, "=HYPERLINK(\"http://evil\")");
        assign(admin, org, "course:" + course.slug(), "member:" + Employers.memberId(admin, org, graduate.email()), "");
        fixtures.completeLessons(graduate.id(), course.slug());
        fixtures.passExam(graduate.id(), course.slug());
        String certificateId = certificates.latest(graduate.id(), course.slug()).orElseThrow().publicId();

        HttpResponse<byte[]> csv = admin.session().download("/organisations/" + org + "/report.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        byte[] body = csv.body();
        assertEquals(0xEF, body[0] & 0xFF);
        assertEquals(0xBB, body[1] & 0xFF);
        assertEquals(0xBF, body[2] & 0xFF);
        String text = new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals(String.join(",", ReportCsv.HEADER), lines[0]);
        assertTrue(text.contains("Åse Ørsted,"), "UTF-8 names survive");
        assertTrue(text.contains("CSV course,,COMPLETED,100," + certificateId + ",1.0,ACTIVE"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "a formula is defused and quoted: " + text);
        assertFalse(text.contains("\n=") || text.contains(",=HYPERLINK"));
    }

    @Test
    void removingAMemberKeepsTheirCertificatesAndProgress() throws Exception {
        CertificateFixtures.Published course = fixtures.course("Kept course", null, 90);
        Employers.Person admin = employers.person("Kaj Keeper");
        String org = employers.organisation(admin, "Keepers");
        Employers.Person leaver = employers.member(admin, org, "Lea Leaver");
        Account leaverAccount = accounts.findByEmail(leaver.email()).orElseThrow();
        fixtures.completeLessons(leaverAccount.id(), course.slug());
        fixtures.passExam(leaverAccount.id(), course.slug());
        String certificateId = certificates.latest(leaverAccount.id(), course.slug()).orElseThrow().publicId();
        String memberId = Employers.memberId(admin, org, leaver.email());

        HttpResponse<String> unconfirmed = admin.session().post("/organisations/" + org + "/members/" + memberId + "/remove", Map.of());
        assertEquals(422, unconfirmed.statusCode());
        assertTrue(admin.session().get("/organisations/" + org + "/members").body().contains(leaver.email()), "nothing removed yet");
        admin.session().get("/organisations/" + org + "/members/" + memberId + "/remove");
        assertEquals(303, admin.session().post("/organisations/" + org + "/members/" + memberId + "/remove", Map.of("confirm", "yes")).statusCode());

        assertFalse(admin.session().get("/organisations/" + org).body().contains("Lea Leaver"));
        assertTrue(leaver.session().get("/certificates").body().contains(certificateId), "the wallet still holds it");
        assertEquals(200, new WebSession(server.getURI()).get("/certificates/" + certificateId).statusCode());
        assertTrue(leaver.session().get("/dashboard").body().contains("Kept course"));

        String adminId = Employers.memberId(admin, org, admin.email());
        HttpResponse<String> lastAdmin = admin.session().post("/organisations/" + org + "/members/" + adminId + "/remove", Map.of("confirm", "yes"));
        assertEquals(409, lastAdmin.statusCode());
        assertTrue(lastAdmin.body().contains("at least one admin"));
    }

    @Test
    void assignmentsComeFirstOnTheLearnersDashboardAndBadAssignmentsAreRefused() throws Exception {
        CertificateFixtures.Published course = fixtures.course("Assigned first", null, 90);
        Employers.Person admin = employers.person("Ane Assigner");
        String org = employers.organisation(admin, "Assigners");
        Employers.Person member = employers.member(admin, org, "Mia Member");
        String memberId = Employers.memberId(admin, org, member.email());
        admin.session().get("/organisations/" + org + "/assignments");
        Map<String, String> past = Map.of("what", "course:" + course.slug(), "whom", "member:" + memberId, "dueOn", "2020-01-01");
        HttpResponse<String> refused = admin.session().post("/organisations/" + org + "/assignments", past);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("today or later"));
        assertEquals(422, admin.session().post("/organisations/" + org + "/assignments",
                Map.of("what", "course:no-such-course", "whom", "member:" + memberId, "dueOn", "")).statusCode());
        assertEquals(422, admin.session().post("/organisations/" + org + "/assignments",
                Map.of("what", "course:" + course.slug(), "whom", "member:" + memberId, "dueOn", "31/12/2030")).statusCode());
        assign(admin, org, "course:" + course.slug(), "member:" + memberId, "");
        HttpResponse<String> again = admin.session().post("/organisations/" + org + "/assignments",
                Map.of("what", "course:" + course.slug(), "whom", "member:" + memberId, "dueOn", ""));
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("already assigned"));

        Account account = accounts.findByEmail(member.email()).orElseThrow();
        enrolments.enrol(account.id(), fixtures.course("Self-chosen", null, 90).slug());
        String dashboard = member.session().get("/dashboard").body();
        int assigned = dashboard.indexOf("Assigned to you");
        assertTrue(assigned > 0 && assigned < dashboard.indexOf("In progress"), "assignments come first");
        assertTrue(dashboard.contains("Assigned first") && dashboard.contains("not started"));

        fixtures.completeLessons(account.id(), course.slug());
        fixtures.passExam(account.id(), course.slug());
        String afterwards = member.session().get("/dashboard").body();
        String card = afterwards.substring(afterwards.indexOf("Assigned to you"), afterwards.indexOf("In progress") > 0
                ? afterwards.indexOf("In progress") : afterwards.length());
        assertTrue(card.contains("status-COMPLETED"), "the assigned course shows as completed: " + card);
    }

    @Test
    void theReportMakesTheSameQueriesForAnyNumberOfPeople() throws Exception {
        CertificateFixtures.Published first = fixtures.course("Scale one", null, 90);
        CertificateFixtures.Published second = fixtures.course("Scale two", null, 90);
        Employers.Person admin = employers.person("Sam Scale");
        String org = employers.organisation(admin, "Scalers");
        Account[] people = new Account[6];
        for (int i = 0; i < people.length; i++) {
            people[i] = joined(admin, org, "Scaler " + i);
            for (CertificateFixtures.Published course : List.of(first, second)) {
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
            assertEquals(303, admin.session().post("/organisations/" + org + "/teams/" + team + "/members",
                    Map.of("member", Employers.memberId(admin, org, people[i].email()))).statusCode());
        }
        JsonNode report = report(admin, org);
        assertEquals("IN_PROGRESS", assignmentStatus(report, "Scaler 4"), "the report still reads the learning");
        assertEquals(50, member(report, "Scaler 4").get("assignments").get(1).get("progressPercent").getIntValue());
        assertEquals("COMPLETED", assignmentStatus(report, "Scaler 5"), "and the certificates");
        long withSix = selectsFor(() -> report(admin, org));
        // enrolments, lessons, exams and certificates are read for everyone at once (reading them per person
        // and course made eight queries per person here, and each certificate cost four more)
        assertTrue(withSix <= withTwo, "four more people cost " + (withSix - withTwo) + " more queries");
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

    private String team(Employers.Person admin, String org, String name, Account... people) {
        admin.session().get("/organisations/" + org + "/teams");
        assertEquals(303, admin.session().post("/organisations/" + org + "/teams", Map.of("name", name)).statusCode());
        String page = admin.session().get("/organisations/" + org + "/teams").body();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("/teams/([0-9a-z]{26})/delete").matcher(page);
        assertTrue(id.find());
        for (Account person : people) {
            assertEquals(303, admin.session().post("/organisations/" + org + "/teams/" + id.group(1) + "/members",
                    Map.of("member", Employers.memberId(admin, org, person.email()))).statusCode());
        }
        return id.group(1);
    }

    private static void assign(Employers.Person admin, String org, String what, String whom, String dueOn) {
        admin.session().get("/organisations/" + org + "/assignments");
        HttpResponse<String> assigned = admin.session().post("/organisations/" + org + "/assignments",
                Map.of("what", what, "whom", whom, "dueOn", dueOn));
        assertEquals(303, assigned.statusCode(), assigned.body());
    }

    private JsonNode report(Employers.Person admin, String org) throws Exception {
        HttpResponse<String> response = admin.session().get("/api/v1/organisations/" + org + "/report", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return json.readValue(response.body(), JsonNode.class);
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
}
