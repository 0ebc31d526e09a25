package app.skillcurrent.web.learn;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import app.skillcurrent.web.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner's way through a course over real HTTP, and the requests that must be refused on the way. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningFlowTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    CourseDrafts courseDrafts;
    @Inject
    LessonDrafts lessonDrafts;
    @Inject
    Publishing publishing;

    private String slug;
    private long first;
    private long second;
    private String otherSlug;
    private long otherLesson;

    @BeforeAll
    void publishedCourses() {
        Fixtures fixtures = new Fixtures(accounts, courseDrafts, lessonDrafts);
        Editor instructor = fixtures.instructor();
        Course course = fixtures.course(instructor);
        LessonDraft a = fixtures.lesson(instructor, course, Fixtures.content("Hooks", "Open **strong**."));
        LessonDraft b = fixtures.lesson(instructor, course, Fixtures.content("Captions", "Write captions."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        slug = course.slug();
        first = a.id();
        second = b.id();
        Course other = fixtures.course(instructor);
        otherLesson = fixtures.lesson(instructor, other, Fixtures.content("Elsewhere", "Other course.")).id();
        publishing.publish(instructor, other.slug(), null, "First edition.");
        otherSlug = other.slug();
    }

    private WebSession learner() {
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, Fixtures.unique("learner") + "@example.com", "Lea", "en");
        return session;
    }

    private WebSession enrolled() {
        WebSession session = learner();
        session.get("/courses/" + slug);
        assertEquals(303, session.post("/courses/" + slug + "/enrol", Map.of()).statusCode());
        return session;
    }

    private String lesson(long id) {
        return "/learn/" + slug + "/" + id;
    }

    @Test
    void enrollingTwiceIsHarmlessAndLeadsToTheFirstLesson() {
        WebSession session = enrolled();
        HttpResponse<String> again = session.post("/courses/" + slug + "/enrol", Map.of());
        assertEquals(303, again.statusCode());
        HttpResponse<String> resume = session.get("/learn/" + slug);
        assertEquals(lesson(first), resume.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> page = session.get(lesson(first));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<strong>strong</strong>"), "the lesson is rendered from Markdown");
        assertTrue(page.body().contains("data-heartbeat-url"));
    }

    @Test
    void lessonsOfACourseNotEnrolledInSendTheLearnerToTheCoursePage() {
        WebSession session = learner();
        HttpResponse<String> response = session.get(lesson(first));
        assertEquals(303, response.statusCode());
        assertEquals("/courses/" + slug, response.headers().firstValue("Location").orElseThrow());
        session.get("/courses/" + slug);
        assertEquals(403, session.post(lesson(first) + "/tasks/0", Map.of("done", "on")).statusCode());
    }

    @Test
    void aQuizAnswerGetsImmediateFeedbackWithTheExplanation() {
        WebSession session = enrolled();
        session.get(lesson(first));
        assertEquals(303, session.post(lesson(first) + "/quiz/q1", Map.of("choice", "b")).statusCode());
        String page = session.get(lesson(first)).body();
        assertTrue(page.contains("feedback-wrong"), "a wrong answer is marked");
        assertTrue(page.contains("Because the platform says so."), "the explanation is shown");
        session.post(lesson(first) + "/quiz/q1", Map.of("choice", "a"));
        assertTrue(session.get(lesson(first)).body().contains("feedback-right"));
    }

    @Test
    void answersThatNameAnotherLessonsQuestionOrAnUnknownOptionAreRefused() {
        WebSession session = enrolled();
        session.get(lesson(first));
        assertEquals(422, session.post(lesson(first) + "/quiz/q-not-here", Map.of("choice", "a")).statusCode());
        assertEquals(422, session.post(lesson(first) + "/quiz/q1", Map.of("choice", "zz")).statusCode());
        assertEquals(422, session.post(lesson(first) + "/quiz/q1", Map.of()).statusCode());
        assertEquals(422, session.post(lesson(first) + "/tasks/7", Map.of("done", "on")).statusCode());
        assertEquals(404, session.post("/learn/" + slug + "/" + otherLesson + "/tasks/0", Map.of("done", "on")).statusCode(),
                "a lesson of another course is not part of this one");
        assertFalse(session.get(lesson(first)).body().contains("feedback-"), "nothing was recorded");
    }

    @Test
    void aLessonCompletesOnlyWithItsTasksAndQuizDoneAndThenLeadsOn() {
        WebSession session = enrolled();
        session.get(lesson(first));
        HttpResponse<String> early = session.post(lesson(first) + "/complete", Map.of());
        assertEquals(422, early.statusCode());
        assertTrue(early.body().contains("role=\"alert\""));
        session.post(lesson(first) + "/tasks/0", Map.of("done", "on"));
        session.post(lesson(first) + "/quiz/q1", Map.of("choice", "a"));
        HttpResponse<String> done = session.post(lesson(first) + "/complete", Map.of());
        assertEquals(303, done.statusCode());
        assertEquals(lesson(second), done.headers().firstValue("Location").orElseThrow());
        assertEquals(303, session.post(lesson(first) + "/complete", Map.of()).statusCode(), "a double click is harmless");
        assertTrue(session.get("/dashboard").body().contains("1 of 2 lessons"), session.get("/dashboard").body());
    }

    @Test
    void theExamOpensAfterAllLessonsAndShowsWhatWasWrong() {
        WebSession session = enrolled();
        session.get("/learn/" + slug + "/exam");
        assertEquals(409, session.post("/learn/" + slug + "/exam", Map.of()).statusCode(), "lessons first");
        for (long id : new long[]{first, second}) {
            session.get(lesson(id));
            session.post(lesson(id) + "/tasks/0", Map.of("done", "on"));
            session.post(lesson(id) + "/quiz/q1", Map.of("choice", "a"));
            session.post(lesson(id) + "/complete", Map.of());
        }
        session.get("/learn/" + slug + "/exam");
        HttpResponse<String> started = session.post("/learn/" + slug + "/exam", Map.of());
        assertEquals(303, started.statusCode());
        String attempt = started.headers().firstValue("Location").orElseThrow();
        assertEquals(attempt, session.post("/learn/" + slug + "/exam", Map.of()).headers().firstValue("Location").orElseThrow(),
                "starting again returns the open attempt");
        session.get(attempt);
        HttpResponse<String> wrong = session.post(attempt, Map.of("q0", "b"));
        assertEquals(303, wrong.statusCode());
        String result = session.get(wrong.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(result.contains("review-wrong"), "the wrong answer is shown");
        assertTrue(result.contains("This one"), "with the right answer");
        assertEquals(303, session.post(attempt, Map.of("q0", "a")).statusCode(), "a second submission changes nothing");
        assertTrue(session.get(wrong.headers().firstValue("Location").orElseThrow()).body().contains("review-wrong"));
        HttpResponse<String> cooldown = session.post("/learn/" + slug + "/exam", Map.of());
        assertEquals(409, cooldown.statusCode(), "the cooldown holds the next attempt back");
    }

    @Test
    void heartbeatsNeedTheCsrfHeaderAndAnEnrolment() {
        WebSession session = enrolled();
        session.get(lesson(first));
        assertEquals(403, session.postRaw(lesson(first) + "/heartbeat", Map.of()).statusCode(), "no token");
        assertEquals(204, session.post(lesson(first) + "/heartbeat", Map.of()).statusCode());
        assertEquals(403, session.post("/learn/" + otherSlug + "/" + otherLesson + "/heartbeat", Map.of()).statusCode(),
                "a course the learner has not enrolled in");
    }
}
