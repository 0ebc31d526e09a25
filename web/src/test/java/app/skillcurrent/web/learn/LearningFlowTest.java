package app.skillcurrent.web.learn;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.exam.ExamConfiguration;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.testing.Sql;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A learner's way through a course over real HTTP, and the requests that must be refused on the way. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningFlowTest implements DatabaseTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    Publishing publishing;
    @Inject
    DataSource dataSource;
    @Inject
    ExamConfiguration exams;

    /** How the exam page writes a time. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private String slug;
    private String title;
    private long first;
    private long second;
    private String otherSlug;
    private long otherLesson;
    private String severalSlug;
    private long severalLesson;

    @BeforeAll
    void publishedCourses() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        LessonDraft a = courses.lesson(instructor, course, ContentFixtures.content("Hooks", "Open **strong**."));
        LessonDraft b = courses.lesson(instructor, course, ContentFixtures.content("Captions", "Write captions."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        slug = course.slug();
        title = course.title();
        first = a.id();
        second = b.id();
        Course other = courses.course(instructor);
        otherLesson = courses.lesson(instructor, other, ContentFixtures.content("Elsewhere", "Other course.")).id();
        publishing.publish(instructor, other.slug(), null, "First edition.");
        otherSlug = other.slug();
        Course several = courses.course(instructor);
        severalLesson = courses.lesson(instructor, several, new LessonContent("Plain captions", "Keep them short.", 5,
                List.of(new LessonTask(TaskKind.CHECK, "Read one caption aloud"),
                        new LessonTask(TaskKind.REFLECTION, "What will you change?")),
                List.of(new QuizQuestion("q-several", "Which help captions?",
                        List.of(new QuizOption("a", "Short lines", true), new QuizOption("b", "Hashtags first", false),
                                new QuizOption("c", "Plain words", true)),
                        "Short lines in plain words are read to the end.")),
                Set.of())).id();
        publishing.publish(instructor, several.slug(), null, "First edition.");
        severalSlug = several.slug();
    }

    private WebSession learner() {
        WebSession session = new WebSession(server.getURI());
        Accounts.signUp(session, ContentFixtures.unique("learner") + "@example.com", "Lea", "en");
        return session;
    }

    private WebSession enrolledIn(String courseSlug) {
        WebSession session = learner();
        session.get("/courses/" + courseSlug);
        assertThat(session.post("/courses/" + courseSlug + "/enrol", Map.of()).statusCode()).isEqualTo(303);
        return session;
    }

    private WebSession enrolled() {
        return enrolledIn(slug);
    }

    private String lesson(long id) {
        return "/learn/" + slug + "/" + id;
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void enrollingTwiceIsHarmlessAndLeadsToTheFirstLesson() {
        WebSession session = enrolled();
        HttpResponse<String> again = session.post("/courses/" + slug + "/enrol", Map.of());
        assertThat(again.statusCode()).isEqualTo(303);
        HttpResponse<String> resume = session.get("/learn/" + slug);
        assertThat(location(resume)).isEqualTo(lesson(first));

        HttpResponse<String> response = session.get(lesson(first));
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = page(response);
        assertThat(page.select("#lesson-title").text()).isEqualTo("Hooks");
        assertThat(page.select(".lesson-body strong").text()).as("the lesson is rendered from Markdown").isEqualTo("strong");
        assertThat(page.select(".player").attr("data-heartbeat-url")).isEqualTo(lesson(first) + "/heartbeat");
        assertThat(page.select("label[for=course-progress]").text()).isEqualTo("0 of 2 lessons complete");
        assertThat(page.select(".outline-nav li a")).extracting(Element::text).containsExactly("Hooks", "Captions");
        assertThat(page.select(".outline-nav a[aria-current=page]").text()).isEqualTo("Hooks");
        assertThat(page.select("#task-1 label").text()).isEqualTo("1. Try it on your own account");
        assertThat(page.select("#question-q1 legend").text()).isEqualTo("1. Which answer is right?");
        assertThat(page.select("#question-q1 label.option")).extracting(Element::text).containsExactly("This one", "That one");
        assertThat(page.select("#question-q1 input[type=radio]")).extracting(e -> e.attr("name"), e -> e.attr("value"))
                .containsExactly(tuple("choice", "a"), tuple("choice", "b"));
        assertThat(page.select(".pager a")).extracting(Element::text, e -> e.attr("href"))
                .as("no previous lesson, no exam yet")
                .containsExactly(tuple("Next lesson", lesson(second)));
    }

    /**
     * The lesson page is the most visited page: the account, the course with the learner's enrolment, and one
     * query for every lesson's state and this lesson's saved work; nothing more per view.
     */
    @Test
    void theLessonPageReadsTheDatabaseThreeTimes() throws Exception {
        WebSession session = enrolled();
        session.get(lesson(first));
        long nothing = selectsFor(() -> null);
        assertThat(selectsFor(() -> session.get(lesson(second))) - nothing).isEqualTo(3);
        assertThat(selectsFor(() -> session.get(lesson(first))) - nothing).isEqualTo(3);
    }

    private long selects() {
        return Sql.single(dataSource, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = ?",
                "COM_SELECT");
    }

    /** The fewest SELECTs the database ran during the call, over three calls (other work may run alongside). */
    private long selectsFor(Callable<?> call) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = selects();
            call.call();
            fewest = Math.min(fewest, selects() - before);
        }
        return fewest;
    }

    @Test
    void lessonsOfACourseNotEnrolledInSendTheLearnerToTheCoursePage() {
        WebSession session = learner();
        HttpResponse<String> response = session.get(lesson(first));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/courses/" + slug);
        session.get("/courses/" + slug);
        assertThat(session.post(lesson(first) + "/tasks/0", Map.of("done", "on")).statusCode()).isEqualTo(403);
    }

    @Test
    void aQuizAnswerGetsImmediateFeedbackWithTheExplanation() {
        WebSession session = enrolled();
        session.get(lesson(first));
        HttpResponse<String> answered = session.post(lesson(first) + "/quiz/q1", Map.of("choice", "b"));
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(location(answered)).isEqualTo(lesson(first) + "#question-q1");
        Document page = page(session.get(lesson(first)));
        assertThat(page.select("#question-q1 .feedback-wrong").text())
                .as("a wrong answer is marked, with the explanation")
                .isEqualTo("Not quite. Because the platform says so.");
        assertThat(page.select("#question-q1 .option-wrong").text()).isEqualTo("That one");
        assertThat(page.select("#question-q1 .option-correct").text()).isEqualTo("This one");
        assertThat(page.select("#question-q1 input[checked]").attr("value")).isEqualTo("b");

        session.post(lesson(first) + "/quiz/q1", Map.of("choice", "a"));
        assertThat(page(session.get(lesson(first))).select("#question-q1 .feedback-right").text())
                .isEqualTo("Right. Because the platform says so.");
    }

    @Test
    void answersThatNameAnotherLessonsQuestionOrAnUnknownOptionAreRefused() {
        WebSession session = enrolled();
        session.get(lesson(first));
        assertThat(session.post(lesson(first) + "/quiz/q-not-here", Map.of("choice", "a")).statusCode()).isEqualTo(422);

        HttpResponse<String> unknown = session.post(lesson(first) + "/quiz/q1", Map.of("choice", "zz"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(page(unknown).select("#question-q1 .field-error[role=alert]").text())
                .as("the reason is shown on the question")
                .isEqualTo("That answer is not one of the options.");

        HttpResponse<String> nothing = session.post(lesson(first) + "/quiz/q1", Map.of());
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(page(nothing).select(".field-error")).extracting(Element::text).containsExactly("Choose an answer first.");

        assertThat(session.post(lesson(first) + "/tasks/7", Map.of("done", "on")).statusCode()).isEqualTo(422);
        assertThat(session.post("/learn/" + slug + "/" + otherLesson + "/tasks/0", Map.of("done", "on")).statusCode())
                .as("a lesson of another course is not part of this one")
                .isEqualTo(404);
        Document page = page(session.get(lesson(first)));
        assertThat(page.select(".feedback")).as("nothing was recorded").isEmpty();
        assertThat(page.select(".badge-ok")).isEmpty();
    }

    @Test
    void aLessonCompletesOnlyWithItsTasksAndQuizDoneAndThenLeadsOn() {
        WebSession session = enrolled();
        session.get(lesson(first));
        HttpResponse<String> early = session.post(lesson(first) + "/complete", Map.of());
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(page(early).select(".lesson-actions .field-error[role=alert]").text()).isEqualTo("Finish the learning tasks first.");

        HttpResponse<String> ticked = session.post(lesson(first) + "/tasks/0", Map.of("done", "on"));
        assertThat(location(ticked)).isEqualTo(lesson(first) + "#task-1");
        assertThat(page(session.get(lesson(first))).select("#task-1 .badge-ok").text()).isEqualTo("done");
        HttpResponse<String> quizOpen = session.post(lesson(first) + "/complete", Map.of());
        assertThat(quizOpen.statusCode()).isEqualTo(422);
        assertThat(page(quizOpen).select(".lesson-actions .field-error").text()).isEqualTo("Answer every quiz question first.");

        session.post(lesson(first) + "/quiz/q1", Map.of("choice", "a"));
        HttpResponse<String> done = session.post(lesson(first) + "/complete", Map.of());
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(location(done)).isEqualTo(lesson(second));
        assertThat(session.post(lesson(first) + "/complete", Map.of()).statusCode()).as("a double click is harmless").isEqualTo(303);
        Document next = page(session.get(lesson(second)));
        assertThat(next.select(".flash").text()).isEqualTo("Lesson complete.");
        assertThat(next.select(".outline-nav li.state-COMPLETE a")).extracting(Element::text).containsExactly("Hooks");

        Document dashboard = page(session.get("/dashboard"));
        assertThat(dashboard.select("#next-heading + p").text()).isEqualTo(title + ": Captions");
        assertThat(dashboard.select("section[aria-labelledby=progress-heading] .card h3 a")).extracting(Element::text)
                .containsExactly(title);
        assertThat(dashboard.select("section[aria-labelledby=progress-heading] .card p.meta").text())
                .isEqualTo("1 of 2 lessons complete");
    }

    @Test
    void theExamOpensAfterAllLessonsAndShowsWhatWasWrong() {
        WebSession session = enrolled();
        session.get("/learn/" + slug + "/exam");
        HttpResponse<String> tooEarly = session.post("/learn/" + slug + "/exam", Map.of());
        assertThat(tooEarly.statusCode()).as("lessons first").isEqualTo(409);
        assertThat(page(tooEarly).select(".error-summary").text()).isEqualTo("Complete every lesson before the final exam.");
        for (long id : new long[]{first, second}) {
            session.get(lesson(id));
            session.post(lesson(id) + "/tasks/0", Map.of("done", "on"));
            session.post(lesson(id) + "/quiz/q1", Map.of("choice", "a"));
            session.post(lesson(id) + "/complete", Map.of());
        }
        session.get("/learn/" + slug + "/exam");
        HttpResponse<String> started = session.post("/learn/" + slug + "/exam", Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        String attempt = location(started);
        assertThat(location(session.post("/learn/" + slug + "/exam", Map.of())))
                .as("starting again returns the open attempt")
                .isEqualTo(attempt);

        Document sheet = page(session.get(attempt));
        assertThat(sheet.select("h1").text()).isEqualTo("Attempt 1: " + title);
        assertThat(sheet.select("fieldset.quiz-question legend")).extracting(Element::text).containsExactly("1. Which answer is right?");
        assertThat(sheet.select("fieldset.quiz-question label")).extracting(Element::text).containsExactly("This one", "That one");
        assertThat(sheet.select("fieldset.quiz-question input[type=radio]")).extracting(e -> e.attr("name")).containsOnly("q0");

        HttpResponse<String> unknown = session.post(attempt, Map.of("q0", "zz"));
        assertThat(unknown.statusCode()).as("an option the question does not have is not marked").isEqualTo(422);
        assertThat(page(unknown).select(".error-summary").text()).isEqualTo("That answer is not one of the options.");

        Instant submittedFrom = Instant.now();
        HttpResponse<String> wrong = session.post(attempt, Map.of("q0", "b"));
        Instant submittedBy = Instant.now();
        assertThat(wrong.statusCode()).as("the attempt stayed open").isEqualTo(303);
        Document result = page(session.get(location(wrong)));
        assertThat(result.select(".result").text()).isEqualTo("Not passed: 0 % (pass mark 80 %).");
        assertThat(result.select(".exam-review li.review-wrong p")).extracting(Element::text).containsExactly(
                "Which answer is right? Not quite.", "Your answer: That one", "Right answer: This one",
                "Because the platform says so.");
        assertThat(result.select("#view-certificate")).isEmpty();

        assertThat(session.post(attempt, Map.of("q0", "a")).statusCode()).as("a second submission changes nothing").isEqualTo(303);
        assertThat(page(session.get(location(wrong))).select(".exam-review li.review-wrong")).hasSize(1);
        HttpResponse<String> cooldown = session.post("/learn/" + slug + "/exam", Map.of());
        assertThat(cooldown.statusCode()).as("the cooldown holds the next attempt back").isEqualTo(409);
        assertThat(page(cooldown).select(".error-summary").text()).isEqualTo("Please wait before the next attempt.");
        // the minute the cooldown ends, counted from the submission, which happened between the two instants
        List<String> cooldownEnds = Stream.of(submittedFrom, submittedBy)
                .map(submitted -> "Next attempt possible from " + MINUTE.format(submitted.plus(exams.cooldown()))).distinct().toList();
        assertThat(page(cooldown).select("main li")).extracting(Element::text)
                .as("the page says when the cooldown ends").containsAnyElementsOf(cooldownEnds);
    }

    @Test
    void aQuestionWithSeveralRightAnswersIsAnsweredWithCheckboxesInTheLessonAndTheExam() {
        WebSession session = enrolledIn(severalSlug);
        String lesson = "/learn/" + severalSlug + "/" + severalLesson;
        Document page = page(session.get(lesson));
        assertThat(page.select("#question-q-several legend").text()).isEqualTo("1. Which help captions? (choose all that apply)");
        assertThat(page.select("#question-q-several label.option")).extracting(Element::text)
                .containsExactly("Short lines", "Hashtags first", "Plain words");
        assertThat(page.select("#question-q-several input[type=checkbox]")).extracting(e -> e.attr("name"))
                .containsExactly("option.a", "option.b", "option.c");

        HttpResponse<String> oneOfTwo = session.post(lesson + "/quiz/q-several", Map.of("option.a", "on"));
        assertThat(oneOfTwo.statusCode()).as("ticked checkboxes are an answer").isEqualTo(303);
        page = page(session.get(lesson));
        assertThat(page.select("#question-q-several .feedback-wrong")).as("one of two right options").hasSize(1);
        assertThat(page.select("#question-q-several input[checked]")).extracting(e -> e.attr("name")).containsExactly("option.a");
        session.post(lesson + "/quiz/q-several", Map.of("option.a", "on", "option.c", "on"));
        page = page(session.get(lesson));
        assertThat(page.select("#question-q-several .feedback-right")).hasSize(1);
        assertThat(page.select("#question-q-several .option-correct")).extracting(Element::text)
                .containsExactly("Short lines", "Plain words");

        session.post(lesson + "/tasks/0", Map.of("done", "on"));
        session.post(lesson + "/tasks/1", Map.of("reflection", "Shorter lines."));
        assertThat(location(session.post(lesson + "/complete", Map.of()))).isEqualTo("/learn/" + severalSlug + "/exam");
        session.get("/learn/" + severalSlug + "/exam");
        String attempt = location(session.post("/learn/" + severalSlug + "/exam", Map.of()));
        Document sheet = page(session.get(attempt));
        assertThat(sheet.select("fieldset.quiz-question input[type=checkbox]")).extracting(e -> e.attr("name"))
                .containsExactly("q0.a", "q0.b", "q0.c");
        HttpResponse<String> submitted = session.post(attempt, Map.of("q0.a", "on", "q0.c", "on"));
        assertThat(page(session.get(location(submitted))).select(".result").text()).isEqualTo("Passed with 100 % (pass mark 80 %).");
    }

    @Test
    void aReflectionTooLongIsShownAgainAsTypedWithTheReason() {
        WebSession session = enrolledIn(severalSlug);
        String lesson = "/learn/" + severalSlug + "/" + severalLesson;
        session.get(lesson);
        String typed = "x".repeat(2001);
        HttpResponse<String> refused = session.post(lesson + "/tasks/1", Map.of("reflection", typed));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = page(refused);
        assertThat(page.select("#task-2 .field-error[role=alert]").text()).isEqualTo("Keep your reflection under 2000 characters.");
        assertThat(page.select("#task-2 textarea").val()).as("what was typed is not lost").isEqualTo(typed);
        assertThat(page.select("#task-1 .field-error")).as("only the task it concerns").isEmpty();

        String kept = "y".repeat(2000);
        assertThat(session.post(lesson + "/tasks/1", Map.of("reflection", "  " + kept + "\n")).statusCode())
                .as("space around the text does not count")
                .isEqualTo(303);
        page = page(session.get(lesson));
        assertThat(page.select("#task-2 textarea").val()).isEqualTo(kept);
        assertThat(page.select("#task-2 .badge-ok").text()).isEqualTo("done");
    }

    @Test
    void heartbeatsNeedTheCsrfHeaderAndAnEnrolment() {
        WebSession session = enrolled();
        session.get(lesson(first));
        assertThat(session.postRaw(lesson(first) + "/heartbeat", Map.of()).statusCode()).as("no token").isEqualTo(403);
        assertThat(session.post(lesson(first) + "/heartbeat", Map.of()).statusCode()).isEqualTo(204);
        assertThat(session.post("/learn/" + otherSlug + "/" + otherLesson + "/heartbeat", Map.of()).statusCode())
                .as("a course the learner has not enrolled in")
                .isEqualTo(403);
    }
}
