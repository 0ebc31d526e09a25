package app.skillcurrent.web.privacy;

import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.privacy.PersonalData;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.Pages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static app.skillcurrent.web.support.Pages.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** "Your data": a person downloads everything the platform holds about them, and nothing about anyone else. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataExportTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    People people;
    @Inject
    JsonMapper json;

    @Test
    void theDownloadHoldsThePersonsDataAndNobodyElses() throws IOException {
        Course course = people.reflectionCourse();
        Account anna = people.learner("Anna Abel");
        Account bent = people.learner("Bent Berg");
        people.graduate(anna, course, "My audience is bakers in Aarhus.");
        people.graduate(bent, course, "Bent writes for florists.");
        Organisation employer = people.organisation(bent, "Nordsee Media");
        people.join(employer, bent, anna);
        people.team(employer, bent, "Short video", anna, course);
        Organisation other = people.organisation(bent, "Kanal Syd");
        people.invite(other, bent, anna.email());
        WebSession annas = People.signedIn(server.getURI(), anna);
        // after her own sign-in, which clears earlier failures
        Accounts.signIn(new WebSession(server.getURI()), anna.email(), "not-annas-password");
        Accounts.signIn(new WebSession(server.getURI()), bent.email(), "not-bents-password");

        HttpResponse<byte[]> download = annas.download("/profile/data.json");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(download.headers().firstValue("Cache-Control")).as("kept by no cache on the way").hasValue("no-store");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).matches("attachment; filename=\"skillcurrent-data-\\d{4}-\\d{2}-\\d{2}\\.json\""));
        String body = new String(download.body(), StandardCharsets.UTF_8);
        PersonalData data = json.readValue(body, PersonalData.class);

        assertThat(data.format()).isEqualTo(PersonalData.FORMAT);
        assertThat(data.profile().email()).isEqualTo(anna.email());
        assertThat(data.profile().displayName()).isEqualTo("Anna Abel");
        assertThat(data.consents()).extracting(PersonalData.Consent::version).containsExactly("placeholder-1");
        assertThat(data.enrolments()).extracting(PersonalData.Enrolment::courseSlug, PersonalData.Enrolment::major)
                .containsExactly(tuple(course.slug(), 1));
        assertThat(data.completedLessons()).hasSize(1);
        assertThat(data.taskAnswers()).extracting(PersonalData.TaskAnswer::reflection)
                .containsExactly("My audience is bakers in Aarhus.");
        assertThat(data.quizAnswers()).extracting(PersonalData.QuizAnswer::questionKey, PersonalData.QuizAnswer::correct)
                .containsExactly(tuple("q-audience", true));
        assertThat(data.examAttempts()).extracting(PersonalData.ExamAttempt::attemptNumber, PersonalData.ExamAttempt::passed)
                .containsExactly(tuple(1, true));
        assertThat(data.certificates()).extracting(PersonalData.Certificate::holderName, PersonalData.Certificate::state)
                .containsExactly(tuple("Anna Abel", "ACTIVE"));
        assertThat(data.organisations()).extracting(PersonalData.Membership::organisation, PersonalData.Membership::role)
                .containsExactly(tuple("Nordsee Media", "MEMBER"));
        assertThat(data.teams()).extracting(PersonalData.TeamPlace::organisation, PersonalData.TeamPlace::team)
                .containsExactly(tuple("Nordsee Media", "Short video"));
        assertThat(data.assignments()).extracting(PersonalData.Assignment::kind, PersonalData.Assignment::team)
                .containsExactly(tuple("COURSE", "Short video"));
        assertThat(data.invitations()).extracting(PersonalData.Invitation::organisation, i -> i.acceptedAt() != null)
                .containsExactlyInAnyOrder(tuple("Nordsee Media", true), tuple("Kanal Syd", false));
        assertThat(data.signInFailures()).hasSize(1);
        assertThat(data.sessions().keptOnServer()).isFalse();

        assertThat(body).as("nothing of Bent's").doesNotContain(bent.email(), "Bent Berg", "florists", bent.publicId());
        assertThat(body).as("times as ISO-8601 text").containsPattern("\"exportedAt\":\"\\d{4}-\\d{2}-\\d{2}T[^\"]+Z\"");
    }

    @Test
    void thePageUnderTheProfileOffersTheDownloadAndTheDeletion() {
        Account learner = people.learner("Cai");
        WebSession session = People.signedIn(server.getURI(), learner);

        Document profile = Pages.parse(session.get("/profile"));
        assertThat(profile.select("section[aria-labelledby=data-heading] a")).extracting(Element::text, a -> a.attr("href"))
                .containsExactly(tuple("Your data", "/profile/data"));
        Document page = Pages.parse(session.get("/profile/data"));
        assertThat(page.select("main h1").text()).isEqualTo("Your data");
        assertThat(page.select("a#download")).extracting(Element::text, a -> a.attr("href"))
                .containsExactly(tuple("Download your data (JSON)", "/profile/data.json"));
        assertThat(page.select("a#delete").attr("href")).isEqualTo("/profile/delete");
    }

    @Test
    void aVisitorGetsNoData() {
        HttpResponse<String> response = new WebSession(server.getURI()).get("/profile/data.json", "application/json");
        assertThat(response.statusCode()).isIn(303, 401);
        if (response.statusCode() == 303) {
            assertThat(location(response)).endsWith("/signin");
        }
    }
}
