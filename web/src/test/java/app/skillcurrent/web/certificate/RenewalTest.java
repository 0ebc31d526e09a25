package app.skillcurrent.web.certificate;

import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateEvent;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a major version, a certificate is renewed by reading only the changed lessons and passing a short
 * quiz on them; the renewed certificate names the new version and keeps the original award date.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalTest implements DatabaseTest {

    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    Publishing publishing;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;
    @Inject
    TestClock clock;
    @Inject
    Enrolments enrolments;
    @Inject
    LearnerDashboard dashboard;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    @Test
    void renewingAsksOnlyForTheChangedLessonsAndKeepsTheAwardDate() {
        Published course = fixtures.course("X Communities", null, 90);
        Account learner = fixtures.graduate("Renate", course);
        CertificateView original = certificates.ofHolder(learner.id()).get(0);
        String id = original.publicId();
        String renew = "/certificates/" + id + "/renew";
        WebSession session = Accounts.signedIn(server.getURI(), learner);

        HttpResponse<String> nothingToRenew = session.get(renew);
        assertThat(nothingToRenew.statusCode()).as("no major version, nothing to renew").isEqualTo(409);
        assertThat(page(nothingToRenew).select(".error-page p:not(.error-code)").first().text())
                .isEqualTo("There is nothing to renew: no newer major version of this course has been published since your certificate.");
        session.get("/certificates/" + id);
        assertThat(session.post(renew, Map.of()).statusCode()).isEqualTo(409);

        clock.advance(Duration.ofDays(40));
        session = Accounts.signedIn(server.getURI(), learner); // the session of 40 days ago has ended
        courses.revise(course, Severity.MAJOR, "Communities moved to their own tab.");
        assertThat(page(session.get("/certificates/" + id)).select("a[href=" + renew + "]"))
                .as("the holder is offered the renewal")
                .hasSize(1);
        Document plan = page(session.get(renew));
        assertThat(plan.select("h1").text()).isEqualTo("Renew for version 2.0");
        assertThat(plan.select(".lead").text())
                .isEqualTo("Your certificate for X Communities names version 1.0. To renew it for version 2.0, read only what changed and answer a short quiz.");
        assertThat(plan.select("section[aria-labelledby=note-heading] p").text())
                .isEqualTo("The platform changed: Communities moved to their own tab.");
        assertThat(plan.select(".renewal-lesson h2")).extracting(Element::text)
                .as("only the changed lesson is there to read, not the unchanged one")
                .containsExactly("Hooks changed");
        assertThat(plan.select(".renewal-lesson .lesson-body").text()).isEqualTo("Communities moved to their own tab.");
        assertThat(plan.select("section[aria-labelledby=quiz-heading] p").text())
                .isEqualTo("One question on the changes; you need 80 % to pass.");

        HttpResponse<String> started = session.post(renew, Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        String attempt = location(started);
        Document quiz = page(session.get(attempt));
        assertThat(quiz.select("fieldset.quiz-question legend")).extracting(Element::text)
                .as("questions come from the changed lessons only")
                .containsExactly("1. What is right about Hooks?");
        assertThat(quiz.select("fieldset.quiz-question label")).extracting(Element::text)
                .containsExactly("The new rule", "Something else");

        HttpResponse<String> failed = session.post(attempt, Map.of("q0", "b"));
        assertThat(failed.statusCode()).isEqualTo(303);
        assertThat(location(failed)).isEqualTo(renew);
        assertThat(page(session.get(renew)).select(".flash").text())
                .isEqualTo("Not passed this time. Read the changes again; you can retry after a short wait.");
        assertThat(certificates.ofHolder(learner.id())).as("failing renews nothing").hasSize(1);
        assertThat(session.post(renew, Map.of()).statusCode()).as("a short wait before retrying").isEqualTo(409);

        clock.advance(Duration.ofMinutes(11));
        session.get(renew);
        String retry = location(session.post(renew, Map.of()));
        session.get(retry);
        HttpResponse<String> unknown = session.post(retry, Map.of("q0", "zz"));
        assertThat(unknown.statusCode()).as("an option the question does not have is not marked").isEqualTo(422);
        Document again = page(unknown);
        assertThat(again.select(".error-summary").text()).isEqualTo("That answer is not one of the options.");
        assertThat(again.select("fieldset.quiz-question legend")).extracting(Element::text)
                .as("the quiz is shown again").containsExactly("1. What is right about Hooks?");
        assertThat(certificates.ofHolder(learner.id())).hasSize(1);

        HttpResponse<String> passed = session.post(retry, Map.of("q0", "a"));
        assertThat(passed.statusCode()).as("the attempt stayed open").isEqualTo(303);
        String renewedId = location(passed).substring("/certificates/".length());

        CertificateView renewed = certificates.find(renewedId).orElseThrow();
        assertThat(renewed.certificate().version()).hasToString("2.0");
        assertThat(renewed.certificate().awardedAt()).as("the original award date is kept").isEqualTo(original.certificate().awardedAt());
        assertThat(renewed.certificate().issuedAt()).isEqualTo(clock.instant());
        assertThat(renewed.renewedFrom()).isEqualTo(id);
        assertThat(renewed.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificates.history(renewed)).extracting(CertificateEvent::action).containsExactly("RENEW");
        CertificateView old = certificates.find(id).orElseThrow();
        assertThat(old.renewedBy()).isEqualTo(renewedId);
        assertThat(certificates.reminders(old)).as("no reminders about a window that no longer matters").isEmpty();
        Document renewedPage = page(session.get("/certificates/" + renewedId));
        assertThat(renewedPage.select(".flash").text())
                .isEqualTo("Renewed. Your certificate now names the current version and keeps its original award date.");
        assertThat(renewedPage.select("#status-sentence").text()).startsWith("Valid. Certified on version 2.0, the current version.");

        LearnerDashboard.CourseProgress followed = dashboard.progressOf(learner.id(), enrolments.open(learner.id(), course.slug()));
        assertThat(followed.version()).as("the learner now follows the renewed version").isEqualTo("2.0");
        assertThat(followed.completed()).as("read lessons and the delta quiz stand for the changed lessons and the exam").isTrue();
        assertThat(page(session.get("/dashboard")).select("section[aria-labelledby=completed-heading] h3 a"))
                .extracting(Element::text).containsExactly("X Communities");

        session.get("/certificates/" + id);
        assertThat(session.post(renew, Map.of()).statusCode()).as("renewed once").isEqualTo(409);
        assertThat(certificates.ofHolder(learner.id())).hasSize(2);
    }

    @Test
    void changesThatAskNothingAreRenewedByReadingThem() {
        Published course = fixtures.course("Threads for brands", null, 90);
        Account learner = fixtures.graduate("Quinn", course);
        String id = certificates.ofHolder(learner.id()).get(0).publicId();
        String renew = "/certificates/" + id + "/renew";
        courses.lesson(course.instructor(), course.course(),
                ContentFixtures.content("Communities", "Threads now has communities.", Set.of(), List.of()));
        publishing.publish(course.instructor(), course.slug(), Severity.MAJOR, "Communities arrived.");

        WebSession session = Accounts.signedIn(server.getURI(), learner);
        Document plan = page(session.get(renew));
        assertThat(plan.select(".renewal-lesson h2")).extracting(Element::text).containsExactly("Communities new");
        assertThat(plan.select("section[aria-labelledby=quiz-heading] p").text())
                .isEqualTo("There are no questions on these changes; submitting the empty quiz renews your certificate.");
        String attempt = location(session.post(renew, Map.of()));
        Document quiz = page(session.get(attempt));
        assertThat(quiz.select("form.renewal-form fieldset")).isEmpty();

        HttpResponse<String> submitted = session.post(attempt, Map.of());
        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(location(submitted)).as("a quiz without questions has nothing to get wrong").isNotEqualTo(renew);
        assertThat(certificates.ofHolder(learner.id())).extracting(c -> c.certificate().version().toString())
                .containsExactlyInAnyOrder("1.0", "2.0");
    }

    @Test
    void noRenewalAfterTheWindowClosesOrForSomeoneElsesCertificate() {
        Published course = fixtures.course("YouTube community posts", null, 30);
        Account late = fixtures.graduate("Late Lasse", course);
        String id = certificates.ofHolder(late.id()).get(0).publicId();
        courses.revise(course, Severity.MAJOR, "Posts moved under the channel tab.");

        WebSession stranger = Accounts.signedIn(server.getURI(), fixtures.learner("Someone Else"));
        assertThat(stranger.get("/certificates/" + id + "/renew").statusCode()).isEqualTo(404);

        clock.advance(Duration.ofDays(31));
        assertThat(certificates.find(id).orElseThrow().status()).isEqualTo(CertificateStatus.OUTDATED);
        HttpResponse<String> closed = Accounts.signedIn(server.getURI(), late).get("/certificates/" + id + "/renew");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(page(closed).select(".error-page p:not(.error-code)").first().text())
                .isEqualTo("This certificate cannot be renewed now: it is already renewed, the renewal window has closed, or it is not valid.");
    }
}
